import { readFileSync } from 'node:fs';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { fastifyCookie } from '@fastify/cookie';
import { fastifyFormbody } from '@fastify/formbody';
import { registerAuthHooks, pathOf } from './auth/auth-hooks.ts';
import { registerAuditHook } from './auth/audit-hook.ts';
import { registerLoginRoutes } from './routes/login-routes.ts';
import { registerRequestListRoutes } from './routes/request-list-routes.ts';
import { registerRequestDetailRoutes } from './routes/request-detail-routes.ts';
import { registerRequestActionRoutes } from './routes/request-action-routes.ts';
import { registerMessageRoutes } from './routes/message-routes.ts';
import { registerOpsRoutes } from './routes/ops-routes.ts';
import { registerServiceStatusRoutes } from './routes/service-status-routes.ts';
import { registerChartRoutes } from './routes/chart-routes.ts';
import { registerPublicStatusRoutes } from './routes/public-status-routes.ts';
import { registerOfferLinkRoutes } from './routes/offer-link-routes.ts';
import { registerQueueBoard } from './queue-board.ts';
import type { WebAppDeps } from './web-deps.ts';

export type { WebAppDeps } from './web-deps.ts';

const STYLESHEET = readFileSync(new URL('./assets/style.css', import.meta.url), 'utf8');
const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const BODY_LIMIT = 256 * 1024;

/** The secretariat's dashboard, with every route registered; not listening yet (see startWebServer). */
export async function createWebApp(deps: WebAppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger.child({ component: 'web' }) as FastifyBaseLogger,
    trustProxy: deps.trustProxy ?? false,
    bodyLimit: BODY_LIMIT,
    // signed links (offers to experts) carry their payload in the path
    routerOptions: { maxParamLength: 600 },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyFormbody, { bodyLimit: BODY_LIMIT });
  registerAuthHooks(app, deps.db);
  registerAuditHook(app, deps.db);

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!pathOf(request).startsWith('/code')) {
      reply.header('x-frame-options', 'DENY');
      if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', PAGE_CSP);
    }
    if (request.user && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) request.log.error({ err: error }, 'web request failed');
    const message = status === 500 ? 'Errore interno: riprovare tra poco.' : 'Richiesta non valida.';
    return reply.code(status).type('text/plain; charset=utf-8').send(message);
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).type('text/plain; charset=utf-8').send('Pagina non trovata.'));

  app.get('/static/style.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET),
  );

  registerLoginRoutes(app, deps);
  registerOpsRoutes(app, deps);
  registerPublicStatusRoutes(app, deps);
  registerOfferLinkRoutes(app, deps);
  registerRequestListRoutes(app, deps);
  registerRequestDetailRoutes(app, deps);
  registerRequestActionRoutes(app, deps);
  registerMessageRoutes(app, deps);
  registerServiceStatusRoutes(app, deps);
  registerChartRoutes(app, deps);
  await registerQueueBoard(app, deps.queues ?? null);
  return app;
}

/** Starts listening; `port: 0` picks a free port. */
export async function startWebServer(deps: WebAppDeps & { port: number; host?: string }): Promise<{ close(): Promise<void>; port: number }> {
  const app = await createWebApp(deps);
  await app.listen({ port: deps.port, host: deps.host ?? '0.0.0.0' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : deps.port;
  return { port, close: () => app.close() };
}
