import type { FastifyInstance } from 'fastify';
import { findMessageById } from '../../db/messages-repo.ts';
import { listRequestEvents } from '../../db/request-events-repo.ts';
import { findRequestRowByCode } from '../../db/web-requests-query.ts';
import { listRequestMails, listRequestMessages } from '../../db/web-timeline-query.ts';
import { loadExpertChoices } from '../experts.ts';
import { takeFlash } from '../flash.ts';
import { listAttachments, type AttachmentInfo } from '../message-attachments.ts';
import { requestJson } from '../request-export.ts';
import { statusPageUrl } from '../status-token.ts';
import { renderRequestDetail } from '../views/request-detail-view.ts';
import { renderScanPreview } from '../../ocr/scan-preview.ts';
import type { WebAppDeps } from '../web-deps.ts';

/** Parsing every linked message on each view costs; a request rarely has more than a few. */
const MAX_MESSAGES_WITH_ATTACHMENTS = 10;

export function registerRequestDetailRoutes(app: FastifyInstance, deps: WebAppDeps): void {
  app.get('/richieste/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    const row = await findRequestRowByCode(deps.db, code);
    if (!row) return reply.code(404).type('text/plain; charset=utf-8').send('Richiesta non trovata.');
    const events = await listRequestEvents(deps.db, row.id);
    const mails = await listRequestMails(deps.db, row.id);
    const messages = await listRequestMessages(deps.db, row.id, row.sourceMessageId);
    const attachments: Array<{ messageId: string; items: AttachmentInfo[] }> = [];
    for (const message of messages.filter((m) => m.hasRaw).slice(0, MAX_MESSAGES_WITH_ATTACHMENTS)) {
      const stored = await findMessageById(deps.db, message.id);
      if (!stored?.raw) continue;
      const items = (await listAttachments(stored.raw)).map(({ content: _content, ...info }) => info);
      if (items.length) attachments.push({ messageId: message.id, items });
    }
    const secret = deps.sessionSecret;
    const statusLink = secret && secret.length >= 16 ? statusPageUrl(`${request.protocol}://${request.host}`, row.id, secret) : null;
    const flash = takeFlash(request, reply);
    const page = renderRequestDetail({
      user: request.user!,
      request: row,
      events,
      mails,
      messages,
      attachments,
      experts: loadExpertChoices(deps.expertsFile),
      statusLink,
      ...flash,
    });
    return reply.type('text/html; charset=utf-8').send(page);
  });

  // page 1 of the scanned form, beside the values OCR read from it (behind the login, like the attachments)
  app.get('/richieste/:code/scansione.png', async (request, reply) => {
    const { code } = request.params as { code: string };
    const row = await findRequestRowByCode(deps.db, code);
    const stored = row?.sourceMessageId ? await findMessageById(deps.db, row.sourceMessageId) : null;
    const png = stored?.raw ? await renderScanPreview(Buffer.from(stored.raw)) : null;
    if (!png) return reply.code(404).type('text/plain; charset=utf-8').send('Nessuna scansione.');
    return reply.type('image/png').header('cache-control', 'private, max-age=300').header('x-content-type-options', 'nosniff').send(png);
  });

  app.get('/api/richieste/:code', async (request, reply) => {
    const { code } = request.params as { code: string };
    const row = await findRequestRowByCode(deps.db, code);
    if (!row) return reply.code(404).send({ error: 'not-found' });
    const events = await listRequestEvents(deps.db, row.id);
    const mails = await listRequestMails(deps.db, row.id);
    return { ...requestJson(row), warnings: row.warnings, events, mails };
  });
}
