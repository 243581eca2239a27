import type { FastifyInstance } from 'fastify';
import { html, type SafeHtml } from '../html.ts';
import { renderPage } from '../layout.ts';
import type { WebAppDeps } from '../web-deps.ts';

const INVALID = 'Link non valido o scaduto. Per l’incarico rispondere all’e-mail della segreteria Cap4City con ACCETTO oppure NON DISPONIBILE.';

const RESULTS: Record<string, string> = {
  accepted: 'Grazie: l’incarico è confermato. Il Comune riceverà i suoi recapiti per il primo confronto.',
  declined: 'Grazie per la risposta: la richiesta sarà proposta a un altro esperto.',
  'no-longer-open': 'Questa proposta non è più aperta (già accettata, rifiutata o scaduta). Per dubbi scrivere alla segreteria.',
  invalid: INVALID,
  expired: INVALID,
};

function page(title: string, body: SafeHtml): string {
  return renderPage({ title, user: null }, html`<section class="card public-status">${body}</section>`);
}

/**
 * An expert's accept/decline link. GET only shows a confirmation: mail security scanners open
 * links by themselves, so only the expert's click on the button (a POST) answers the offer.
 */
export function registerOfferLinkRoutes(app: FastifyInstance, deps: WebAppDeps): void {
  // warn level: the routine request log would write the token (a credential) to the logs
  app.get('/incarico/:token', { logLevel: 'warn' }, async (request, reply) => {
    const { token } = request.params as { token: string };
    reply.header('x-robots-tag', 'noindex, nofollow').header('cache-control', 'no-store');
    const link = deps.offerLinks ? await deps.offerLinks.describe(token) : null;
    if (!link?.valid || !link.action || !link.code) return reply.code(404).type('text/html; charset=utf-8').send(page('Link non valido', html`<p>${INVALID}</p>`));
    const verb = link.action === 'accept' ? 'Accetto l’incarico' : 'Non sono disponibile';
    const body = html`<p class="muted">Proposta di incarico Cap4City</p>
  <h1><span class="code">${link.code}</span></h1>
  <p>${link.action === 'accept' ? 'Confermi di accettare l’incarico per questa richiesta?' : 'Confermi di non essere disponibile per questa richiesta?'}</p>
  <form method="post" action="/incarico/${token}"><button type="submit" class="button">${verb}</button></form>`;
    return reply.type('text/html; charset=utf-8').send(page(`Incarico ${link.code}`, body));
  });

  app.post('/incarico/:token', { logLevel: 'warn' }, async (request, reply) => {
    const { token } = request.params as { token: string };
    reply.header('cache-control', 'no-store');
    const result = deps.offerLinks ? await deps.offerLinks.answer(token) : { outcome: 'invalid' as const, code: null };
    const status = result.outcome === 'invalid' || result.outcome === 'expired' ? 404 : 200;
    const body = html`${result.code ? html`<h1><span class="code">${result.code}</span></h1>` : ''}<p>${RESULTS[result.outcome] ?? INVALID}</p>`;
    return reply.code(status).type('text/html; charset=utf-8').send(page('Incarico Cap4City', body));
  });
}
