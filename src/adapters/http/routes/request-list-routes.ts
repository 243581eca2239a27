import type { FastifyInstance } from 'fastify';
import type { SqlExecutor } from '../../db/database.ts';
import { countRecentRequests, listFilterChoices, searchRequests } from '../../db/web-requests-query.ts';
import { toCsv } from '../csv.ts';
import { requestCsvRows, requestJson } from '../request-export.ts';
import { PAGE_SIZE, parseListQuery } from '../request-query.ts';
import { renderRequestList } from '../views/request-list-view.ts';

const EXPORT_LIMIT = 20_000;
const API_MAX_LIMIT = 500;

export function registerRequestListRoutes(app: FastifyInstance, deps: { db: SqlExecutor }): void {
  app.get('/', async (_request, reply) => reply.redirect('/richieste', 303));

  app.get('/richieste', async (request, reply) => {
    const query = parseListQuery(request.query);
    const page = { sort: query.sort, descending: query.descending, limit: PAGE_SIZE, offset: (query.page - 1) * PAGE_SIZE };
    const { rows, total } = await searchRequests(deps.db, query.filter, page);
    const counters = await countRecentRequests(deps.db);
    const choices = await listFilterChoices(deps.db);
    return reply.type('text/html; charset=utf-8').send(renderRequestList({ user: request.user!, query, rows, total, counters, choices }));
  });

  app.get('/richieste.csv', async (request, reply) => {
    const query = parseListQuery(request.query);
    const { rows } = await searchRequests(deps.db, query.filter, { sort: query.sort, descending: query.descending, limit: EXPORT_LIMIT, offset: 0 });
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="richieste-cap4city-${day}.csv"`)
      .send(toCsv(requestCsvRows(rows)));
  });

  app.get('/api/richieste', async (request) => {
    const query = parseListQuery(request.query);
    const limitParam = Number((request.query as Record<string, unknown>).limit);
    const limit = Number.isInteger(limitParam) && limitParam > 0 ? Math.min(limitParam, API_MAX_LIMIT) : PAGE_SIZE;
    const { rows, total } = await searchRequests(deps.db, query.filter, {
      sort: query.sort,
      descending: query.descending,
      limit,
      offset: (query.page - 1) * limit,
    });
    return { total, page: query.page, limit, requests: rows.map(requestJson) };
  });
}
