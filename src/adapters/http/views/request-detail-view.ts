import type { RequestEvent } from '../../db/request-events-repo.ts';
import type { SessionUser } from '../../db/web-sessions-repo.ts';
import type { RequestRow } from '../../db/web-requests-query.ts';
import type { LinkedMail, LinkedMessage } from '../../db/web-timeline-query.ts';
import type { ExpertChoice } from '../experts.ts';
import { formatDateTime } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { missingLabel } from '../labels.ts';
import { renderPage } from '../layout.ts';
import { reviewReasons } from '../review-reasons.ts';
import type { AttachmentInfo } from '../message-attachments.ts';
import { renderActions } from './request-actions-view.ts';
import { renderRequestData } from './request-data-view.ts';
import { statusBadge } from './request-list-view.ts';
import { renderTimeline } from './timeline-view.ts';
import { renderOcrReview } from '../../ocr/ocr-review-html.ts';

export interface RequestDetailModel {
  user: SessionUser;
  request: RequestRow;
  events: RequestEvent[];
  mails: LinkedMail[];
  messages: LinkedMessage[];
  attachments: Array<{ messageId: string; items: AttachmentInfo[] }>;
  experts: ExpertChoice[];
  statusLink: string | null;
  notice: string | null;
  error: string | null;
}

function formatSize(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1048576 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1).replace('.', ',')} MB`;
}

function attachmentsSection(m: RequestDetailModel): SafeHtml {
  const all = m.attachments.flatMap((group) => group.items.map((a) => ({ ...a, messageId: group.messageId })));
  if (all.length === 0) return html`<p class="muted">Nessun allegato.</p>`;
  return html`<ul class="attachments">${all.map(
    (a) => html`<li><a href="/messaggi/${a.messageId}/allegati/${a.index}">${a.filename}</a> <span class="muted">${a.contentType} · ${formatSize(a.size)}</span></li>`,
  )}</ul>`;
}

function alerts(r: RequestRow): SafeHtml {
  const reasons = r.needsReview ? reviewReasons(r.warnings) : [];
  return html`${r.needsReview ? html`<div class="alert warn"><strong>Da verificare.</strong> ${reasons.length ? html`Motivi:<ul class="review-reasons">${reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : 'Il sistema non è sicuro di come interpretare questa richiesta: controllare i dati.'}</div>` : ''}
${r.missing.length ? html`<div class="alert"><strong>Dati obbligatori mancanti:</strong> ${r.missing.map(missingLabel).join(', ')}.</div>` : ''}
${r.warnings.length ? html`<details class="alert subtle"><summary>Avvisi della lettura automatica (${r.warnings.length})</summary><ul>${r.warnings.map((w) => html`<li><code>${w}</code></li>`)}</ul></details>` : ''}`;
}

export function renderRequestDetail(m: RequestDetailModel): string {
  const r = m.request;
  const canAct = m.user.role !== 'readonly';
  const expert = r.expertId ? (m.experts.find((e) => e.id === r.expertId)?.name ?? r.expertId) : null;
  const body = html`<p class="crumbs"><a href="/richieste">← Richieste</a></p>
<div class="page-head">
  <div>
    <h1><span class="code">${r.code}</span> ${r.comuneName ?? 'Comune non indicato'}</h1>
    <p class="muted">Ricevuta il ${formatDateTime(r.createdAt)} · aggiornata il ${formatDateTime(r.updatedAt)}</p>
  </div>
  <div class="head-status">${statusBadge(r.status)}</div>
</div>
${alerts(r)}
<div class="detail-grid">
  <div class="main-col">
    <section class="card">
      <h2>Dati della richiesta</h2>
      ${renderRequestData(r.data, r.missing)}
      <dl class="data">
        <div><dt>Esperto</dt><dd>${expert ?? html`<span class="muted">non assegnato</span>`}</dd></div>
        <div><dt>Date del laboratorio</dt><dd>${r.labDates.join(', ') || html`<span class="muted">da definire</span>`}</dd></div>
        <div><dt>Risposte a</dt><dd>${r.replyTo ?? html`<span class="muted">—</span>`}</dd></div>
      </dl>
    </section>
    ${renderOcrReview(r.code, m.events)}
    <section class="card">
      <h2>Cronologia</h2>
      ${renderTimeline({ events: m.events, mails: m.mails, messages: m.messages, canAct, csrf: m.user.csrfToken, requestCode: r.code })}
    </section>
  </div>
  <div class="side-col">
    ${canAct ? renderActions({ code: r.code, status: r.status, csrf: m.user.csrfToken, experts: m.experts, expertId: r.expertId, labDates: r.labDates }) : html`<p class="card muted">Profilo in sola lettura: nessuna azione disponibile.</p>`}
    <section class="card">
      <h2>Messaggio originale e allegati</h2>
      ${r.sourceMessageId ? html`<p><a href="/messaggi/${r.sourceMessageId}/raw">Scarica il messaggio originale (.eml)</a></p>` : ''}
      ${attachmentsSection(m)}
    </section>
    ${m.statusLink ? html`<section class="card"><h2>Pagina di stato per il Comune</h2><p class="muted">Link da inviare al Comune per seguire la richiesta:</p><input class="copy" readonly value="${m.statusLink}"></section>` : ''}
  </div>
</div>`;
  return renderPage({ title: r.code, user: m.user, section: 'richieste', notice: m.notice, error: m.error }, body);
}
