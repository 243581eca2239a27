import type { ChartData } from '../../db/web-charts-query.ts';
import type { SessionUser } from '../../db/web-sessions-repo.ts';
import { formatDuration } from '../format.ts';
import { html } from '../html.ts';
import { renderPage } from '../layout.ts';
import { barList, columnChart } from '../svg-charts.ts';

function weekLabel(isoMonday: string): string {
  const [, month, day] = isoMonday.split('-');
  return `${day}/${month}`;
}

export function renderCharts(m: { user: SessionUser; data: ChartData }): string {
  const d = m.data;
  const funnel = [
    { label: 'Ricevute', value: d.funnel.received },
    { label: 'Pronte', value: d.funnel.ready },
    { label: 'Proposte all’esperto', value: d.funnel.offered },
    { label: 'Assegnate', value: d.funnel.assigned },
    { label: 'Completate', value: d.funnel.completed },
  ];
  const body = html`<div class="page-head"><h1>Grafici</h1>
  <div class="counters">
    <div class="counter"><span class="num">${formatDuration(d.medianAckMs)}</span><span>tempo mediano alla conferma di ricezione</span></div>
    <div class="counter"><span class="num">${formatDuration(d.medianAssignMs)}</span><span>tempo mediano all’assegnazione</span></div>
  </div>
</div>
<div class="chart-grid">
  <section class="card wide"><h2>Richieste per settimana</h2><p class="muted">Ultime 12 settimane, per lunedì di inizio settimana.</p>
    ${columnChart('Richieste per settimana', d.perWeek.map((w) => ({ label: weekLabel(w.week), value: w.count })))}</section>
  <section class="card"><h2>Avanzamento</h2><p class="muted">Quante richieste hanno raggiunto ciascuna fase.</p>
    ${barList('Avanzamento delle richieste', funnel, { labelWidth: 190 })}</section>
  <section class="card"><h2>Per regione</h2>${barList('Richieste per regione', d.perRegion.map((r) => ({ label: r.label, value: r.count })))}</section>
  <section class="card"><h2>Per laboratorio</h2>${barList('Richieste per laboratorio', d.perLab.map((r) => ({ label: r.label, value: r.count })), { labelWidth: 120 })}</section>
</div>`;
  return renderPage({ title: 'Grafici', user: m.user, section: 'grafici' }, body);
}
