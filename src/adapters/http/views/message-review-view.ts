import type { SessionUser } from '../../db/web-sessions-repo.ts';
import type { LinkedMessage } from '../../db/web-timeline-query.ts';
import { formatDateTime } from '../format.ts';
import { html } from '../html.ts';
import { MESSAGE_KIND_LABELS } from '../labels.ts';
import { renderPage } from '../layout.ts';

export function renderMessageReview(m: { user: SessionUser; messages: LinkedMessage[]; notice: string | null; error: string | null }): string {
  const canAct = m.user.role !== 'readonly';
  const csrf = html`<input type="hidden" name="_csrf" value="${m.user.csrfToken}">`;
  const body = html`<div class="page-head"><h1>Messaggi da verificare</h1></div>
<p class="muted">Messaggi che il sistema non ha saputo collegare a una richiesta: risposte senza codice, moduli illeggibili, mittenti sconosciuti.</p>
${m.messages.length === 0
    ? html`<p class="empty card">Nessun messaggio in attesa.</p>`
    : html`<div class="table-wrap"><table class="list">
<thead><tr><th scope="col">Ricevuto il</th><th scope="col">Mittente</th><th scope="col">Oggetto</th><th scope="col">Tipo</th><th scope="col">Motivo</th><th scope="col">Azioni</th></tr></thead>
<tbody>${m.messages.map(
        (msg) => html`<tr>
  <td data-label="Ricevuto il">${formatDateTime(msg.receivedAt)}</td>
  <td data-label="Mittente" class="wrap">${msg.fromAddress ?? '—'}</td>
  <td data-label="Oggetto">${msg.subject ?? '(senza oggetto)'}${msg.hasRaw ? html` · <a href="/messaggi/${msg.id}/raw">.eml</a>` : ''}</td>
  <td data-label="Tipo">${MESSAGE_KIND_LABELS[msg.kind] ?? msg.kind}</td>
  <td data-label="Motivo"><code>${msg.reason ?? ''}</code></td>
  <td data-label="Azioni">${canAct
          ? html`<form method="post" action="/messaggi/${msg.id}/crea-richiesta" class="inline">${csrf}<button type="submit" class="small primary">Crea richiesta</button></form>
    <form method="post" action="/messaggi/${msg.id}/archivia" class="inline">${csrf}<button type="submit" class="small">Archivia</button></form>`
          : '—'}</td>
</tr>`,
      )}</tbody></table></div>`}`;
  return renderPage({ title: 'Messaggi da verificare', user: m.user, section: 'messaggi', notice: m.notice, error: m.error }, body);
}
