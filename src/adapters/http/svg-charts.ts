import { escapeHtml, rawHtml, type SafeHtml } from './html.ts';

export interface Bar {
  label: string;
  value: number;
}

const e = escapeHtml;

/** Vertical bars (e.g. requests per week) as inline SVG; scales to its container. */
export function columnChart(title: string, bars: Bar[], opts: { width?: number; height?: number } = {}): SafeHtml {
  const width = opts.width ?? 1100;
  const height = opts.height ?? 240;
  const top = 20;
  const bottom = 36;
  const left = 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const slot = (width - left * 2) / Math.max(1, bars.length);
  const barWidth = Math.max(4, slot * 0.7);
  const plot = height - top - bottom;
  const items = bars
    .map((b, i) => {
      const h = Math.round((b.value / max) * plot);
      const x = left + i * slot + (slot - barWidth) / 2;
      const y = top + plot - h;
      const cx = x + barWidth / 2;
      return `<g><rect class="bar" x="${x.toFixed(1)}" y="${y}" width="${barWidth.toFixed(1)}" height="${h}" rx="2"><title>${e(b.label)}: ${b.value}</title></rect>`
        + `<text class="value" x="${cx.toFixed(1)}" y="${y - 4}" text-anchor="middle">${b.value}</text>`
        + `<text class="axis" x="${cx.toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${e(b.label)}</text></g>`;
    })
    .join('');
  return rawHtml(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${e(title)}" preserveAspectRatio="xMidYMid meet">`
      + `<title>${e(title)}</title><line class="baseline" x1="${left}" x2="${width - left}" y1="${top + plot}" y2="${top + plot}"/>${items}</svg>`,
  );
}

/** Horizontal bars with the label on the left (regions, labs, the funnel). */
export function barList(title: string, bars: Bar[], opts: { width?: number; labelWidth?: number; highlightFirst?: boolean } = {}): SafeHtml {
  if (bars.length === 0) return rawHtml('<p class="muted">Nessun dato.</p>');
  const width = opts.width ?? 640;
  const labelWidth = opts.labelWidth ?? 200;
  const rowHeight = 26;
  const height = bars.length * rowHeight + 8;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const plot = width - labelWidth - 60;
  const rows = bars
    .map((b, i) => {
      const y = 4 + i * rowHeight;
      const w = Math.max(b.value > 0 ? 2 : 0, Math.round((b.value / max) * plot));
      return `<g><text class="label" x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${e(truncate(b.label, 30))}</text>`
        + `<rect class="bar" x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 8}" rx="2"><title>${e(b.label)}: ${b.value}</title></rect>`
        + `<text class="value" x="${labelWidth + w + 6}" y="${y + 17}">${b.value}</text></g>`;
    })
    .join('');
  return rawHtml(
    `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${e(title)}" preserveAspectRatio="xMinYMin meet"><title>${e(title)}</title>${rows}</svg>`,
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
