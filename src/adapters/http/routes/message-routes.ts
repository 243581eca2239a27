import type { FastifyInstance, FastifyReply } from 'fastify';
import { findMessageById } from '../../db/messages-repo.ts';
import { listMessagesNeedingReview } from '../../db/web-timeline-query.ts';
import { createRequestFromMessage, dismissMessage } from '../actions/review-message.ts';
import { redirectWithResult, takeFlash } from '../flash.ts';
import { contentDisposition, listAttachments, safeDownloadType } from '../message-attachments.ts';
import { renderMessageReview } from '../views/message-review-view.ts';
import type { WebAppDeps } from '../web-deps.ts';

const ID = /^\d{1,18}$/;
/** A download must never render in the dashboard's origin. */
const DOWNLOAD_CSP = "sandbox; default-src 'none'";

function notFound(reply: FastifyReply) {
  return reply.code(404).type('text/plain; charset=utf-8').send('Messaggio non trovato.');
}

export function registerMessageRoutes(app: FastifyInstance, deps: WebAppDeps): void {
  app.get('/messaggi', async (request, reply) => {
    const messages = await listMessagesNeedingReview(deps.db, 200);
    return reply.type('text/html; charset=utf-8').send(renderMessageReview({ user: request.user!, messages, ...takeFlash(request, reply) }));
  });

  app.get('/messaggi/:id/raw', async (request, reply) => {
    const { id } = request.params as { id: string };
    const message = ID.test(id) ? await findMessageById(deps.db, id) : null;
    if (!message?.raw) return notFound(reply);
    return reply
      .type('message/rfc822')
      .header('content-disposition', contentDisposition(`messaggio-${message.id}.eml`))
      .header('content-security-policy', DOWNLOAD_CSP)
      .send(message.raw);
  });

  app.get('/messaggi/:id/allegati/:index', async (request, reply) => {
    const { id, index } = request.params as { id: string; index: string };
    const message = ID.test(id) ? await findMessageById(deps.db, id) : null;
    if (!message?.raw || !/^\d{1,4}$/.test(index)) return notFound(reply);
    const attachment = (await listAttachments(message.raw))[Number(index)];
    if (!attachment) return notFound(reply);
    return reply
      .type(safeDownloadType(attachment.contentType))
      .header('content-disposition', contentDisposition(attachment.filename))
      .header('content-security-policy', DOWNLOAD_CSP)
      .send(attachment.content);
  });

  app.post('/messaggi/:id/archivia', async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!ID.test(id)) return notFound(reply);
    const result = await dismissMessage(deps.db, { messageId: id, actor: `user:${request.user!.username}` });
    return redirectWithResult(reply, '/messaggi', result, deps.secureCookies);
  });

  app.post('/messaggi/:id/crea-richiesta', async (request, reply) => {
    const { id } = request.params as { id: string };
    if (!ID.test(id)) return notFound(reply);
    const result = await createRequestFromMessage(deps.db, { messageId: id, actor: `user:${request.user!.username}` });
    const target = result.ok && result.code ? `/richieste/${encodeURIComponent(result.code)}` : '/messaggi';
    return redirectWithResult(reply, target, result, deps.secureCookies);
  });
}
