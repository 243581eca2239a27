import type { FastifyInstance } from 'fastify';
import { loadChartData } from '../../db/web-charts-query.ts';
import { renderCharts } from '../views/charts-view.ts';
import type { WebAppDeps } from '../web-deps.ts';

export function registerChartRoutes(app: FastifyInstance, deps: WebAppDeps): void {
  app.get('/grafici', async (request, reply) => {
    const data = await loadChartData(deps.db, new Date());
    return reply.type('text/html; charset=utf-8').send(renderCharts({ user: request.user!, data }));
  });
}
