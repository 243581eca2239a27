import type { RequestEvent } from '../../db/request-events-repo.ts';
import type { LinkedMail, LinkedMessage } from '../../db/web-timeline-query.ts';
import { formatDateTime } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { CORRECTABLE_FIELDS } from '../actions/correct-field.ts';
import { EVENT_LABELS, MAIL_STATUS_LABELS, MESSAGE_KIND_LABELS, statusLabel } from '../labels.ts';

interface TimelineItem {
  at: Date;
  kind: 'event' | 'mail' | 'message';
  body: SafeHtml;
}

function actorLabel(actor: string): string {
  if (actor === 'system') return 'sistema';
  if (actor === 'comune') return 'Comune';
  if (actor.startsWith('user:')) return actor.slice(5);
  if (actor.startsWith('expert:')) return `esperto ${actor.slice(7)}`;
  return actor;
}

function eventSummary(e: RequestEvent): SafeHtml {
  const d = (e.details ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : Array.isArray(v) ? v.join(', ') || '—' : String(v));
  switch (e.type) {
    case 'field-corrected':
      return html`<span class="muted">${CORRECTABLE_FIELDS[d.field as keyof typeof CORRECTABLE_FIELDS] ?? str(d.field)}:</span> ${str(d.from)} → <strong>${str(d.to)}</strong>`;
    case 'status-changed':
      return html`${statusLabel(str(d.from))} → <strong>${statusLabel(str(d.to))}</strong>${d.note ? html` · ${str(d.note)}` : ''}`;
    case 'expert-assigned':
      return html`<strong>${str(d.expertName)}</strong>${d.previousExpertId ? html` (prima: ${str(d.previousExpertName ?? d.previousExpertId)})` : ''}`;
    case 'lab-dates-set':
      return html`${str(d.dates)}`;
    case 'mail-resent':
      return html`a ${str(d.to)}`;
    default:
      return html`${d.subject ? html`«${str(d.subject)}»` : ''}${d.note ? html` ${str(d.note)}` : ''}`;
  }
}

function mailItem(m: LinkedMail, canAct: boolean, csrf: string, requestCode: string): TimelineItem {
  const resend = canAct
    ? html`<form method="post" action="/richieste/${requestCode}/reinvia" class="inline">
        <input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="outboxId" value="${m.id}">
        <button type="submit" class="small">Reinvia</button></form>`
    : '';
  return {
    at: m.sentAt ?? m.createdAt,
    kind: 'mail',
    body: html`<span class="tl-title">E-mail «${m.template}» a ${m.toAddress}</span>
      <span class="badge mail-${m.status}">${MAIL_STATUS_LABELS[m.status] ?? m.status}</span>
      <div class="tl-detail">${m.subject}${m.lastError ? html` · <span class="error-text">${m.lastError}</span>` : ''}${m.attempts > 1 ? html` · ${m.attempts} tentativi` : ''}</div>
      ${resend}`,
  };
}

function messageItem(m: LinkedMessage): TimelineItem {
  return {
    at: m.receivedAt,
    kind: 'message',
    body: html`<span class="tl-title">Messaggio ricevuto da ${m.fromAddress ?? 'mittente sconosciuto'}</span>
      <span class="badge">${MESSAGE_KIND_LABELS[m.kind] ?? m.kind}</span>
      <div class="tl-detail">${m.subject ?? '(senza oggetto)'}
      ${m.hasRaw ? html` · <a href="/messaggi/${m.id}/raw">scarica originale (.eml)</a>` : html` · <span class="muted">originale eliminato</span>`}</div>`,
  };
}

export function renderTimeline(input: {
  events: RequestEvent[];
  mails: LinkedMail[];
  messages: LinkedMessage[];
  canAct: boolean;
  csrf: string;
  requestCode: string;
}): SafeHtml {
  const items: TimelineItem[] = [
    ...input.events.map((e) => ({
      at: e.createdAt,
      kind: 'event' as const,
      body: html`<span class="tl-title">${EVENT_LABELS[e.type] ?? e.type}</span> <span class="muted">da ${actorLabel(e.actor)}</span>
        <div class="tl-detail">${eventSummary(e)}</div>`,
    })),
    ...input.mails.map((m) => mailItem(m, input.canAct, input.csrf, input.requestCode)),
    ...input.messages.map(messageItem),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  if (items.length === 0) return html`<p class="muted">Nessun evento registrato.</p>`;
  return html`<ol class="timeline">${items.map((i) => html`<li class="tl-${i.kind}"><time>${formatDateTime(i.at)}</time><div>${i.body}</div></li>`)}</ol>`;
}
