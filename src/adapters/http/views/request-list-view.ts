import type { SessionUser } from '../../db/web-sessions-repo.ts';
import type { RequestRow, RequestSortKey } from '../../db/web-requests-query.ts';
import { formatDateTime } from '../format.ts';
import { html, type SafeHtml } from '../html.ts';
import { REQUEST_STATUSES, statusLabel } from '../labels.ts';
import { renderPage } from '../layout.ts';
import { reviewReasons } from '../review-reasons.ts';
import { PAGE_SIZE, listQueryString, type ListQuery } from '../request-query.ts';

export interface RequestListModel {
  user: SessionUser;
  query: ListQuery;
  rows: RequestRow[];
  total: number;
  counters: { today: number; week: number };
  choices: { regions: string[]; provinces: string[]; labs: string[] };
}

function options(values: readonly string[], selected: string | undefined, label: (v: string) => string = (v) => v): SafeHtml {
  return html`${values.map((v) => html`<option value="${v}" ${v === selected ? 'selected' : ''}>${label(v)}</option>`)}`;
}

export function statusBadge(status: string): SafeHtml {
  return html`<span class="badge status-${status}">${statusLabel(status)}</span>`;
}

const COLUMNS: Array<{ key: RequestSortKey | null; label: string }> = [
  { key: 'code', label: 'Codice' },
  { key: 'created', label: 'Ricevuta il' },
  { key: 'comune', label: 'Comune' },
  { key: 'province', label: 'Prov.' },
  { key: 'region', label: 'Regione' },
  { key: null, label: 'Laboratori' },
  { key: 'status', label: 'Stato' },
  { key: null, label: 'Referente' },
];

function header(query: ListQuery, column: (typeof COLUMNS)[number]): SafeHtml {
  if (!column.key) return html`<th scope="col">${column.label}</th>`;
  const active = query.sort === column.key;
  const nextDirection = active && query.descending ? 'asc' : undefined;
  const href = listQueryString(query.params, { ordina: column.key === 'created' ? undefined : column.key, verso: nextDirection, pagina: undefined });
  const arrow = active ? (query.descending ? ' ▼' : ' ▲') : '';
  const sortState = active ? (query.descending ? 'descending' : 'ascending') : 'none';
  return html`<th scope="col" aria-sort="${sortState}"><a href="/richieste${href || '?'}">${column.label}${arrow}</a></th>`;
}

/** Why a request waits in review, under its state: the first reason, and how many more the request page shows. */
function reviewNote(warnings: string[]): SafeHtml {
  const [first, ...others] = reviewReasons(warnings);
  if (!first) return html``;
  return html`<div class="small muted review-reason">${first}${others.length ? ` (+${others.length})` : ''}</div>`;
}

function row(r: RequestRow): SafeHtml {
  const flags = html`${r.needsReview ? html`<span class="flag warn" title="Da verificare">!</span>` : ''}${r.missing.length ? html`<span class="flag" title="Dati mancanti: ${r.missing.length}">${r.missing.length} mancanti</span>` : ''}`;
  return html`<tr>
  <td data-label="Codice"><a href="/richieste/${r.code}" class="code">${r.code}</a> ${flags}</td>
  <td data-label="Ricevuta il">${formatDateTime(r.createdAt)}</td>
  <td data-label="Comune">${r.comuneName ?? html`<em class="muted">non indicato</em>`}</td>
  <td data-label="Prov.">${r.province ?? '—'}</td>
  <td data-label="Regione">${r.region ?? '—'}</td>
  <td data-label="Laboratori">${r.labCodes.join(', ') || '—'}</td>
  <td data-label="Stato">${statusBadge(r.status)}${r.needsReview ? reviewNote(r.warnings) : ''}</td>
  <td data-label="Referente" class="wrap">${r.contactEmail ?? '—'}</td>
</tr>`;
}

function pagination(query: ListQuery, total: number): SafeHtml {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return html``;
  const link = (page: number, label: string) => html`<a href="/richieste${listQueryString(query.params, { pagina: page > 1 ? String(page) : undefined }) || '?'}">${label}</a>`;
  return html`<nav class="pager" aria-label="Pagine">
  ${query.page > 1 ? link(query.page - 1, '‹ Precedente') : ''}
  <span>Pagina ${query.page} di ${pages}</span>
  ${query.page < pages ? link(query.page + 1, 'Successiva ›') : ''}
</nav>`;
}

export function renderRequestList(m: RequestListModel): string {
  const p = m.query.params;
  const exportHref = `/richieste.csv${listQueryString(p, { pagina: undefined })}`;
  const body = html`<div class="page-head">
  <h1>Richieste</h1>
  <div class="counters">
    <div class="counter"><span class="num">${m.counters.today}</span><span>oggi</span></div>
    <div class="counter"><span class="num">${m.counters.week}</span><span>questa settimana</span></div>
    <div class="counter"><span class="num">${m.total}</span><span>con questi filtri</span></div>
  </div>
</div>
<form method="get" action="/richieste" class="filters card" role="search">
  <label class="grow">Cerca <input type="search" name="q" value="${p.q ?? ''}" placeholder="Comune, codice o e-mail"></label>
  <label>Stato <select name="stato"><option value="">Tutti</option>${options(REQUEST_STATUSES, p.stato, statusLabel)}</select></label>
  <label>Regione <select name="regione"><option value="">Tutte</option>${options(m.choices.regions, p.regione)}</select></label>
  <label>Provincia <select name="provincia"><option value="">Tutte</option>${options(m.choices.provinces, p.provincia?.toUpperCase())}</select></label>
  <label>Laboratorio <select name="lab"><option value="">Tutti</option>${options(m.choices.labs, p.lab?.toUpperCase())}</select></label>
  <label>Da verificare <select name="verifica"><option value="">Tutte</option><option value="si" ${p.verifica === 'si' ? 'selected' : ''}>Sì</option><option value="no" ${p.verifica === 'no' ? 'selected' : ''}>No</option></select></label>
  <label>Dal <input type="date" name="dal" value="${p.dal ?? ''}"></label>
  <label>Al <input type="date" name="al" value="${p.al ?? ''}"></label>
  ${p.ordina ? html`<input type="hidden" name="ordina" value="${p.ordina}">` : ''}
  ${p.verso ? html`<input type="hidden" name="verso" value="${p.verso}">` : ''}
  <div class="filter-actions">
    <button type="submit" class="primary">Filtra</button>
    <a href="/richieste" class="button">Azzera</a>
    <a href="${exportHref}" class="button" download>Esporta CSV</a>
  </div>
</form>
${m.rows.length === 0
    ? html`<p class="empty card">Nessuna richiesta corrisponde ai filtri.</p>`
    : html`<div class="table-wrap"><table class="list">
  <thead><tr>${COLUMNS.map((c) => header(m.query, c))}</tr></thead>
  <tbody>${m.rows.map(row)}</tbody>
</table></div>`}
${pagination(m.query, m.total)}`;
  return renderPage({ title: 'Richieste', user: m.user, section: 'richieste' }, body);
}
