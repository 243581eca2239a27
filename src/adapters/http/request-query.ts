import { REQUEST_SORT_KEYS, type RequestFilter, type RequestSortKey } from '../db/web-requests-query.ts';

export const PAGE_SIZE = 25;

/** The list's state as it travels in the query string (Italian names: they show in the address bar). */
export interface ListQuery {
  filter: RequestFilter;
  sort: RequestSortKey;
  descending: boolean;
  page: number;
  /** The raw values for the form, normalised. */
  params: Record<string, string>;
}

const FILTER_PARAMS = ['stato', 'regione', 'provincia', 'lab', 'verifica', 'dal', 'al', 'q'] as const;

function text(value: unknown, max = 100): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

/** An ISO date (YYYY-MM-DD) as midnight in Italy, roughly (UTC+1); null when invalid. */
function parseDay(value: string, plusDays = 0): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00+01:00`);
  if (Number.isNaN(date.getTime())) return null;
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

export function parseListQuery(query: unknown): ListQuery {
  const q = (query ?? {}) as Record<string, unknown>;
  const params: Record<string, string> = {};
  for (const name of FILTER_PARAMS) {
    const value = text(q[name]);
    if (value) params[name] = value;
  }
  const filter: RequestFilter = {};
  if (params.stato) filter.status = params.stato;
  if (params.regione) filter.region = params.regione;
  if (params.provincia) filter.province = params.provincia;
  if (params.lab) filter.lab = params.lab.toUpperCase();
  if (params.verifica === 'si') filter.needsReview = true;
  if (params.verifica === 'no') filter.needsReview = false;
  const from = params.dal ? parseDay(params.dal) : null;
  const to = params.al ? parseDay(params.al, 1) : null;
  if (from) filter.from = from;
  else delete params.dal;
  if (to) filter.to = to;
  else delete params.al;
  if (params.q) filter.search = params.q;

  const sortParam = text(q.ordina);
  const sort = (REQUEST_SORT_KEYS as readonly string[]).includes(sortParam) ? (sortParam as RequestSortKey) : 'created';
  const descending = text(q.verso) !== 'asc';
  if (sort !== 'created') params.ordina = sort;
  if (!descending) params.verso = 'asc';
  const pageNumber = Number.parseInt(text(q.pagina), 10);
  const page = Number.isFinite(pageNumber) && pageNumber > 1 ? Math.min(pageNumber, 100_000) : 1;
  return { filter, sort, descending, page, params };
}

/** A query string of the list's params with some replaced (undefined removes one). */
export function listQueryString(params: Record<string, string>, changes: Record<string, string | undefined> = {}): string {
  const merged: Record<string, string> = { ...params };
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '') delete merged[key];
    else merged[key] = value;
  }
  const search = new URLSearchParams(merged).toString();
  return search ? `?${search}` : '';
}
