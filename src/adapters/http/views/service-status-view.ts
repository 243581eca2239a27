import { mailboxHealth } from '../../../core/mailbox-health.ts';
import type { SessionUser } from '../../db/web-sessions-repo.ts';
import type { LinkedMail } from '../../db/web-timeline-query.ts';
import type { WatcherState } from '../../imap/watcher-types.ts';
import { formatDateTime } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { renderPage } from '../layout.ts';

export interface QueueSummary {
  name: string;
  counts: Record<string, number>;
  failed: Array<{ id: string; reason: string; at: Date | null }>;
}

export interface ServiceStatusModel {
  user: SessionUser;
  watchers: WatcherState[] | null;
  mailboxRows: Array<{ mailbox: string; last_check_at: Date | null; last_error: string | null; connected: boolean }>;
  queues: QueueSummary[] | null;
  queueError: string | null;
  failedMails: LinkedMail[];
}

const WATCHER_LABELS: Record<WatcherState['status'], string> = {
  starting: 'In avvio',
  connected: 'Collegata',
  standby: 'In attesa (altra istanza attiva)',
  reconnecting: 'Riconnessione in corso',
  'auth-failed': 'Credenziali rifiutate',
  stopped: 'Ferma',
};
const QUEUE_LABELS: Record<string, string> = { intake: 'Lettura dei messaggi', mail: 'Invio delle e-mail' };
const STATE_LABELS: Record<string, string> = { waiting: 'In attesa', active: 'In corso', delayed: 'Rinviati', failed: 'Falliti', completed: 'Completati' };

function mailboxes(m: ServiceStatusModel): SafeHtml {
  if (m.watchers && m.watchers.length) {
    return html`<table class="list"><thead><tr><th>Casella</th><th>Stato</th><th>Ultimo controllo</th><th>Ultimo messaggio</th><th>Riconnessioni</th><th>Errore</th></tr></thead><tbody>
${m.watchers.map((w) => html`<tr><td data-label="Casella">${w.mailbox}</td><td data-label="Stato"><span class="badge ${w.status === 'connected' ? 'good' : w.status === 'standby' ? '' : 'bad'}">${WATCHER_LABELS[w.status]}</span></td>
<td data-label="Ultimo controllo">${formatDateTime(w.lastCheckAt)}</td><td data-label="Ultimo messaggio">${formatDateTime(w.lastMessageAt)}</td><td data-label="Riconnessioni">${w.reconnects}</td><td data-label="Errore" class="wrap">${w.lastError ?? ''}</td></tr>`)}
</tbody></table>`;
  }
  if (m.mailboxRows.length === 0) return html`<p class="muted">Nessuna casella registrata.</p>`;
  const now = new Date();
  const alerts = m.mailboxRows
    .map((r) => ({ mailbox: r.mailbox, alert: mailboxHealth({ connected: r.connected, lastCheckAt: r.last_check_at, lastError: r.last_error }, now).alert }))
    .filter((a): a is { mailbox: string; alert: string } => a.alert !== null);
  return html`${alerts.map((a) => html`<p class="error"><strong>${a.mailbox}</strong>: ${a.alert}</p>`)}<table class="list"><thead><tr><th>Casella</th><th>Collegata</th><th>Ultimo controllo</th><th>Errore</th></tr></thead><tbody>
${m.mailboxRows.map((r) => html`<tr><td data-label="Casella">${r.mailbox}</td><td data-label="Collegata">${r.connected ? 'sì' : 'no'}</td><td data-label="Ultimo controllo">${formatDateTime(r.last_check_at)}</td><td data-label="Errore" class="wrap">${r.last_error ?? ''}</td></tr>`)}
</tbody></table>`;
}

function queues(m: ServiceStatusModel): SafeHtml {
  if (m.queueError) return html`<p class="error">Redis non risponde: ${m.queueError}</p>`;
  if (!m.queues) return html`<p class="muted">Questo processo non è collegato alle code.</p>`;
  return html`${m.queues.map(
    (q) => html`<h3>${QUEUE_LABELS[q.name] ?? q.name}</h3>
<div class="counters">${Object.entries(STATE_LABELS).map(([state, label]) => html`<div class="counter ${state === 'failed' && (q.counts[state] ?? 0) > 0 ? 'bad' : ''}"><span class="num">${q.counts[state] ?? 0}</span><span>${label}</span></div>`)}</div>
${q.failed.length ? html`<ul class="failures">${q.failed.map((f) => html`<li><code>${f.id}</code> ${formatDateTime(f.at)} · ${f.reason}</li>`)}</ul>` : ''}`,
  )}<p><a href="/code">Apri il pannello completo delle code →</a></p>`;
}

export function renderServiceStatus(m: ServiceStatusModel): string {
  const body = html`<div class="page-head"><h1>Stato del servizio</h1></div>
<section class="card"><h2>Caselle di posta</h2>${mailboxes(m)}</section>
<section class="card"><h2>Code di lavoro</h2>${queues(m)}</section>
<section class="card"><h2>E-mail non inviate</h2>
${m.failedMails.length === 0
    ? html`<p class="muted">Nessuna e-mail in errore.</p>`
    : html`<table class="list"><thead><tr><th>Creata il</th><th>Destinatario</th><th>Oggetto</th><th>Errore</th></tr></thead><tbody>
${m.failedMails.map((f) => html`<tr><td data-label="Creata il">${formatDateTime(f.createdAt)}</td><td data-label="Destinatario" class="wrap">${f.toAddress}</td><td data-label="Oggetto">${f.subject}</td><td data-label="Errore" class="wrap">${f.lastError ?? ''}</td></tr>`)}
</tbody></table>`}
</section>`;
  return renderPage({ title: 'Stato del servizio', user: m.user, section: 'stato' }, body);
}
