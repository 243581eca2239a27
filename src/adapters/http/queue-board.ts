import type { FastifyInstance } from 'fastify';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { html } from './html.ts';
import { renderPage } from './layout.ts';
import type { WebQueues } from './web-deps.ts';

export const QUEUE_BOARD_PATH = '/code';

/** bull-board at /code; the auth hooks already guard every path under it (login, role, same origin). */
export async function registerQueueBoard(app: FastifyInstance, queues: WebQueues | null): Promise<void> {
  if (!queues) {
    app.get(QUEUE_BOARD_PATH, async (request, reply) => {
      const body = html`<h1>Code di lavoro</h1><p class="card muted">Questo processo web non è collegato a Redis: le code non sono consultabili da qui.</p>`;
      return reply.type('text/html; charset=utf-8').send(renderPage({ title: 'Code', user: request.user, section: 'code' }, body));
    });
    return;
  }
  const serverAdapter = new FastifyAdapter();
  serverAdapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: [new BullMQAdapter(queues.intake), new BullMQAdapter(queues.mail)],
    serverAdapter,
    options: { uiConfig: { boardTitle: 'Cap4City · code', miscLinks: [{ text: '← Cruscotto', url: '/richieste' }] } },
  });
  await app.register(serverAdapter.registerPlugin(), { prefix: QUEUE_BOARD_PATH });
}
