import type { LabRequest } from '../../../core/types.ts';
import { html, type SafeHtml } from '../html.ts';

const PARTNERSHIP: Record<string, string> = { single: 'Comune singolo', union: 'Unione di Comuni', agreement: 'Convenzione', other: 'Altra forma' };
const AUDIENCE: Record<string, string> = { amministratori: 'Amministratori', segretari: 'Segretari comunali', dirigenti: 'Dirigenti e funzionari', team: 'Team di progetto' };
const AREA: Record<string, string> = { PO: 'Personale e organizzazione', PC: 'Progetti e politiche di coesione' };

function value(v: string | number | null | undefined): SafeHtml {
  return v === null || v === undefined || v === '' ? html`<span class="muted">—</span>` : html`${String(v)}`;
}

function row(label: string, content: SafeHtml, missing = false): SafeHtml {
  return html`<div class="${missing ? 'missing' : ''}"><dt>${label}</dt><dd>${content}</dd></div>`;
}

/** The parsed request as a definition list; required fields that are missing are highlighted. */
export function renderRequestData(data: LabRequest, missing: string[]): SafeHtml {
  const isMissing = (path: string) => missing.includes(path);
  const c = data.comune;
  const comune = c.name
    ? html`${c.name}${c.match !== 'exact' ? html` <span class="badge warn" title="Riconoscimento del Comune">${c.match === 'fuzzy' ? 'simile' : c.match === 'ambiguous' ? 'ambiguo' : 'non trovato'}</span>` : ''}`
    : value(null);
  return html`<dl class="data">
  ${row('Comune', comune, isMissing('request.comune'))}
  ${row('Provincia / Regione', html`${value(c.province)} · ${value(c.region)}`)}
  ${row('Codice ISTAT', value(c.istat))}
  ${row('Forma', value(data.partnership ? PARTNERSHIP[data.partnership] : null))}
  ${data.otherComuni.length ? row('Altri Comuni', value(data.otherComuni.join(', '))) : ''}
  ${row('PEC dell’ente', value(data.entityPec))}
  ${row('Referente', value(data.contact.name), isMissing('request.contact.name'))}
  ${row('Ruolo', value(data.contact.role))}
  ${row('E-mail del referente', data.contact.email ? html`<a href="mailto:${data.contact.email}">${data.contact.email}</a>` : value(null), isMissing('request.contact.email'))}
  ${row('Telefono', value(data.contact.phone))}
  ${row('Ambito', value(data.area ? `${data.area} · ${AREA[data.area]}` : null))}
  ${row('Laboratori', data.labs.length ? html`<ul class="plain">${data.labs.map((l) => html`<li><strong>${l.code}</strong> ${l.title !== l.code ? l.title : ''}</li>`)}</ul>` : value(null), isMissing('request.labs'))}
  ${row('Fabbisogni formativi', data.needs ? html`<div class="prose">${data.needs}</div>` : value(null), isMissing('request.needs'))}
  ${row('CUP', value(data.cup.join(', ')))}
  ${row('Destinatari', value(data.audience.map((a) => AUDIENCE[a] ?? a).join(', ')))}
  ${row('Partecipanti', value(data.participants))}
  ${row('Giornate', value(data.days))}
  ${row('Periodo preferito', value(data.preferredPeriod))}
  ${row('Sede', value(data.venue))}
  ${row('Consenso privacy', value(data.privacyConsent === null ? null : data.privacyConsent ? 'sì' : 'no'))}
</dl>`;
}
