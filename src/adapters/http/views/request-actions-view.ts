import { allowedEvents, isRequestState } from '../../../core/workflow/request-state.ts';
import { CORRECTABLE_FIELDS } from '../actions/correct-field.ts';
import { STATUS_ACTIONS, type StatusAction } from '../actions/change-status.ts';
import type { ExpertChoice } from '../experts.ts';
import { html, type SafeHtml } from '../html.ts';

export interface ActionsModel {
  code: string;
  status: string;
  csrf: string;
  experts: ExpertChoice[];
  expertId: string | null;
  labDates: string[];
}

function csrfField(csrf: string): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrf}">`;
}

export function renderActions(m: ActionsModel): SafeHtml {
  const allowed = isRequestState(m.status) ? allowedEvents(m.status) : [];
  const statusButtons = (Object.keys(STATUS_ACTIONS) as StatusAction[]).filter((a) => allowed.includes(a));
  const canAssign = allowed.includes('assign-manually');
  return html`<section class="card actions">
  <h2>Azioni</h2>
  <form method="post" action="/richieste/${m.code}/correggi" class="stack" id="correggi">
    ${csrfField(m.csrf)}
    <h3>Correggi un dato</h3>
    <label>Campo <select name="field">${Object.entries(CORRECTABLE_FIELDS).map(([k, label]) => html`<option value="${k}">${label}</option>`)}</select></label>
    <label>Nuovo valore <textarea name="value" rows="2"></textarea></label>
    <button type="submit" class="primary">Salva la correzione</button>
  </form>
  <form method="post" action="/richieste/${m.code}/esperto" class="stack" id="esperto">
    ${csrfField(m.csrf)}
    <h3>${m.expertId ? 'Riassegna l’esperto' : 'Assegna un esperto'}</h3>
    ${m.experts.length === 0
      ? html`<p class="muted">Nessun esperto configurato (config/experts.yaml).</p>`
      : html`<label>Esperto <select name="expertId">${m.experts.map((e) => html`<option value="${e.id}" ${e.id === m.expertId ? 'selected' : ''}>${e.name}${e.active ? '' : ' (non attivo)'}</option>`)}</select></label>
    <button type="submit" ${canAssign ? '' : 'disabled'}>${m.expertId ? 'Riassegna' : 'Assegna'}</button>`}
  </form>
  <form method="post" action="/richieste/${m.code}/date" class="stack" id="date">
    ${csrfField(m.csrf)}
    <h3>Date del laboratorio</h3>
    <label>Date (AAAA-MM-GG, separate da virgola) <input name="dates" value="${m.labDates.join(', ')}" placeholder="2026-05-12, 2026-05-19"></label>
    <button type="submit">Salva le date</button>
  </form>
  ${statusButtons.length
    ? html`<form method="post" action="/richieste/${m.code}/stato" class="stack" id="stato">
    ${csrfField(m.csrf)}
    <h3>Cambia lo stato</h3>
    <label>Nota (facoltativa) <input name="note" maxlength="500"></label>
    <div class="button-row">${statusButtons.map((a) => html`<button type="submit" name="action" value="${a}" class="${a === 'reject' ? 'danger' : ''}">${STATUS_ACTIONS[a]}</button>`)}</div>
  </form>`
    : ''}
</section>`;
}
