// Charts of the supervision page as inline SVG, without a library. The chart functions are pure: they
// return a tree of {tag, attrs, children, text} nodes (tested as data in charts.spec.ts); svg.ts turns a
// tree into SVG elements. Colours come from CSS classes (sv-series-N), so the page's CSP needs no inline style.

export interface ChartNode {
  tag: string;
  attrs: Record<string, string | number>;
  children: ChartNode[];
  text: string | null;
}

export const W = 560;
export const H = 260;
export const M = { left: 56, right: 16, top: 28, bottom: 46 } as const;
export const size = { W, H, M };
const MAX_X_LABELS = 12;
const MAX_VALUE_LABELS = 16;

type Value = number | null | undefined;

const node = (tag: string, attrs: ChartNode['attrs'] = {}, children: ChartNode[] = [], text?: string | number): ChartNode => ({
  tag,
  attrs,
  children,
  text: text === undefined ? null : String(text),
});
const round1 = (v: number) => Math.round(v * 10) / 10;
const present = (v: Value): v is number => v !== null && v !== undefined;

export function percent(rate: Value): string {
  return present(rate) ? `${round1(rate * 100)}%` : '—';
}

export function days(value: Value): string {
  return present(value) ? `${round1(value)} 天` : '—';
}

/** A round upper bound for an axis: 1, 2, 2.5, 5 × 10^n at or above the largest value (at least 1). */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(value)));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

/** Every n-th label (counted back from the last, which always shows) so that at most MAX_X_LABELS show. */
export function labelStep(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_X_LABELS));
}

function frame(title: string, description: string, extraClass?: string): ChartNode {
  return node(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${W} ${H}`, class: `sv-chart ${extraClass ?? ''}`.trim(), role: 'img', 'aria-label': `${title}：${description}` },
    [node('title', {}, [], title), node('desc', {}, [], description)],
  );
}

/** Axes, horizontal grid lines with tick labels, x labels and axis titles. */
function axes(labels: readonly string[], ticks: readonly number[], format: (t: number) => string, xTitle?: string, yTitle?: string) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / Math.max(1, labels.length);
  const max = ticks[ticks.length - 1];
  const y = (v: number) => M.top + plotH - (v / max) * plotH;
  const x = (i: number) => M.left + band * (i + 0.5);
  const parts: ChartNode[] = [];
  for (const t of ticks) {
    parts.push(node('line', { class: 'sv-grid', x1: M.left, x2: W - M.right, y1: y(t), y2: y(t) }));
    parts.push(node('text', { class: 'sv-tick', x: M.left - 6, y: y(t) + 4, 'text-anchor': 'end' }, [], format(t)));
  }
  parts.push(node('line', { class: 'sv-axis', x1: M.left, x2: M.left, y1: M.top, y2: M.top + plotH }));
  parts.push(node('line', { class: 'sv-axis', x1: M.left, x2: W - M.right, y1: M.top + plotH, y2: M.top + plotH }));
  const step = labelStep(labels.length);
  labels.forEach((label, i) => {
    if ((labels.length - 1 - i) % step !== 0) return;
    parts.push(node('text', { class: 'sv-xlabel', x: x(i), y: M.top + plotH + 16, 'text-anchor': 'middle' }, [], label));
  });
  if (xTitle) parts.push(node('text', { class: 'sv-axis-title', x: W - M.right, y: H - 6, 'text-anchor': 'end' }, [], xTitle));
  if (yTitle) parts.push(node('text', { class: 'sv-axis-title', x: 4, y: 14, 'text-anchor': 'start' }, [], yTitle));
  return { parts, x, y, band, plotH };
}

const noData = (): ChartNode => node('text', { class: 'sv-nodata', x: W / 2, y: H / 2, 'text-anchor': 'middle' }, [], '统计期内无数据');

export interface SeriesChart {
  title: string;
  labels: readonly string[];
  values: readonly Value[];
  xTitle?: string;
  className?: string;
}

/** Rates (0..1) over the buckets; a gap where a bucket has no data (null). */
export function lineChart({ title, labels, values, xTitle, className }: SeriesChart): ChartNode {
  const described = labels.map((l, i) => `${l} ${percent(values[i])}`).join('，');
  const svg = frame(title, described || '无数据', className);
  const { parts, x, y } = axes(labels, [0, 0.25, 0.5, 0.75, 1], (t) => `${t * 100}%`, xTitle, '比率');
  svg.children.push(...parts);
  let d = '';
  let pen = false;
  values.forEach((v, i) => {
    if (!present(v)) {
      pen = false;
      return;
    }
    d += `${pen ? 'L' : 'M'}${round1(x(i))} ${round1(y(v))} `;
    pen = true;
  });
  if (d) svg.children.push(node('path', { class: 'sv-line', d: d.trim(), fill: 'none' }));
  const showValues = labels.length <= MAX_VALUE_LABELS;
  values.forEach((v, i) => {
    if (!present(v)) return;
    svg.children.push(node('circle', { class: 'sv-point', cx: round1(x(i)), cy: round1(y(v)), r: 4 }, [node('title', {}, [], `${labels[i]}：${percent(v)}`)]));
    if (showValues) svg.children.push(node('text', { class: 'sv-value', x: round1(x(i)), y: round1(y(v)) - 9, 'text-anchor': 'middle' }, [], percent(v)));
  });
  if (!values.some(present)) svg.children.push(noData());
  return svg;
}

/** Values (e.g. working days) as vertical bars, one per bucket. */
export function barChart({ title, labels, values, unit, xTitle, className }: SeriesChart & { unit?: string }): ChartNode {
  const fmt = (v: number) => `${round1(v)}${unit ? ` ${unit}` : ''}`;
  const described = labels.map((l, i) => `${l} ${present(values[i]) ? fmt(values[i] as number) : '无数据'}`).join('，');
  const svg = frame(title, described || '无数据', className);
  const max = niceMax(Math.max(0, ...values.filter(present)));
  const ticks = [0, max / 4, max / 2, (3 * max) / 4, max];
  const { parts, x, y, band } = axes(labels, ticks, (t) => String(round1(t)), xTitle, unit ?? '');
  svg.children.push(...parts);
  const width = Math.max(2, Math.min(48, band * 0.6));
  const showValues = labels.length <= MAX_VALUE_LABELS;
  values.forEach((v, i) => {
    if (!present(v)) return;
    const top = y(v);
    const bottom = y(0);
    svg.children.push(
      node('rect', { class: 'sv-bar', x: round1(x(i) - width / 2), y: round1(top), width: round1(width), height: round1(bottom - top) }, [node('title', {}, [], `${labels[i]}：${fmt(v)}`)]),
    );
    if (showValues) svg.children.push(node('text', { class: 'sv-value', x: round1(x(i)), y: round1(top) - 6, 'text-anchor': 'middle' }, [], String(round1(v))));
  });
  if (!values.some(present)) svg.children.push(noData());
  return svg;
}

export interface HbarChart {
  title: string;
  rows: ReadonlyArray<{ label: string; value: number }>;
  unit?: string;
  className?: string;
}

/** Horizontal bars with long labels (item names) on the left. */
export function hbarChart({ title, rows, unit, className }: HbarChart): ChartNode {
  const left = 170;
  const right = 70;
  const rowH = 30;
  const height = Math.max(1, rows.length) * rowH + 40;
  const max = niceMax(Math.max(0, ...rows.map((r) => r.value)));
  const scale = (v: number) => ((W - left - right) * v) / max;
  const fmt = (v: number) => `${round1(v)}${unit ? ` ${unit}` : ''}`;
  const svg = node(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${W} ${height}`,
      class: `sv-chart ${className ?? ''}`.trim(),
      role: 'img',
      'aria-label': `${title}：${rows.map((r) => `${r.label} ${fmt(r.value)}`).join('，') || '无数据'}`,
    },
    [node('title', {}, [], title)],
  );
  if (!rows.length) {
    svg.children.push(node('text', { class: 'sv-nodata', x: W / 2, y: height / 2 + 5, 'text-anchor': 'middle' }, [], '统计期内无办结的承诺件'));
    return svg;
  }
  svg.children.push(node('line', { class: 'sv-axis', x1: left, x2: left, y1: 10, y2: height - 24 }));
  for (const t of [0, max / 2, max]) {
    svg.children.push(node('text', { class: 'sv-tick', x: left + scale(t), y: height - 8, 'text-anchor': 'middle' }, [], String(round1(t))));
  }
  rows.forEach((r, i) => {
    const top = 14 + i * rowH;
    const width = Math.max(1, scale(r.value));
    svg.children.push(node('text', { class: 'sv-ylabel', x: left - 8, y: top + 15, 'text-anchor': 'end' }, [], r.label));
    svg.children.push(node('rect', { class: 'sv-bar', x: left, y: top, width: round1(width), height: 20 }, [node('title', {}, [], `${r.label}：${fmt(r.value)}`)]));
    svg.children.push(node('text', { class: 'sv-value', x: round1(left + width + 6), y: top + 15, 'text-anchor': 'start' }, [], fmt(r.value)));
  });
  return svg;
}
