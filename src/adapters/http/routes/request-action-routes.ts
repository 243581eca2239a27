import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findRequestByCode } from '../../db/requests-repo.ts';
import { assignExpert } from '../actions/assign-expert.ts';
import { changeRequestStatus, isStatusAction } from '../actions/change-status.ts';
import { correctRequestField, isCorrectableField } from '../actions/correct-field.ts';
import { fail, type ActionResult } from '../actions/action-result.ts';
import { resendMail } from '../actions/resend-mail.ts';
import { setLabDates } from '../actions/set-lab-dates.ts';
import { loadExpertChoices } from '../experts.ts';
import { redirectWithResult } from '../flash.ts';
import type { WebAppDeps } from '../web-deps.ts';

type Body = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The detail page's POST actions; CSRF and role were checked by the auth hooks. */
export function registerRequestActionRoutes(app: FastifyInstance, deps: WebAppDeps): void {
  const action = (path: string, run: (requestId: string, body: Body, actor: string) => Promise<ActionResult>) => {
    app.post(`/richieste/:code/${path}`, async (request: FastifyRequest, reply) => {
      const { code } = request.params as { code: string };
      const target = await findRequestByCode(deps.db, code);
      if (!target) return reply.code(404).type('text/plain; charset=utf-8').send('Richiesta non trovata.');
      const actor = `user:${request.user!.username}`;
      const result = await run(target.id, (request.body ?? {}) as Body, actor);
      request.log.info({ action: path, code: target.code, actor, ok: result.ok }, 'dashboard action');
      return redirectWithResult(reply, `/richieste/${encodeURIComponent(target.code)}`, result, deps.secureCookies);
    });
  };

  action('correggi', (requestId, body, actor) => {
    if (!isCorrectableField(body.field)) return Promise.resolve(fail('Campo non correggibile.'));
    return correctRequestField(deps.db, { requestId, field: body.field, value: text(body.value), actor, catalog: deps.catalog ?? null });
  });

  action('stato', async (requestId, body, actor) => {
    if (!isStatusAction(body.action)) return fail('Operazione sconosciuta.');
    const note = text(body.note).slice(0, 500);
    const result = await changeRequestStatus(deps.db, { requestId, action: body.action, actor, note });
    if (result.ok && deps.onStatusChanged) await deps.onStatusChanged(requestId, body.action, note || null);
    return result;
  });

  action('esperto', async (requestId, body, actor) => {
    const expertId = text(body.expertId);
    const result = await assignExpert(deps.db, { requestId, expertId, experts: loadExpertChoices(deps.expertsFile), actor });
    // the workflow withdraws any open offer and tells the Comune and the expert
    if (result.ok && deps.onExpertAssigned) await deps.onExpertAssigned(requestId, expertId, actor);
    return result;
  });

  action('date', (requestId, body, actor) => setLabDates(deps.db, { requestId, datesText: text(body.dates), actor }));

  action('reinvia', (requestId, body, actor) => {
    const mail = deps.queues?.mail;
    const enqueue = mail ? async (outboxId: string) => void (await mail.add('send', { outboxId }, { jobId: `out-${outboxId}` })) : null;
    return resendMail(deps.db, { requestId, outboxId: text(body.outboxId), actor, enqueue });
  });
}
