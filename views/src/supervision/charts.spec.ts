import * as charts from './charts';
import type { ChartNode as SvgNode } from './charts';

const all = (tree: SvgNode): SvgNode[] => [tree, ...tree.children.flatMap(all)];
const find = (tree: SvgNode, tag: string, cls?: string) => all(tree).filter((n) => n.tag === tag && (!cls || String(n.attrs.class ?? '').split(' ').includes(cls)));
const texts = (tree: SvgNode, cls: string) => find(tree, 'text', cls).map((n) => n.text);

describe('supervision charts (inline SVG as data)', () => {
  const { W, H, M } = charts.size;
  const plotH = H - M.top - M.bottom;

  it('draws a rate line with 0–100% axis, labels, points and a gap for a bucket without data', () => {
    const tree: SvgNode = charts.lineChart({ title: '按时办结率', labels: ['11-23周', '11-30周', '12-07周'], values: [1, null, 0.5], xTitle: '周' });
    expect(tree.tag).toBe('svg');
    expect(tree.attrs).toMatchObject({ role: 'img', viewBox: `0 0 ${W} ${H}` });
    expect(tree.attrs['aria-label']).toBe('按时办结率：11-23周 100%，11-30周 —，12-07周 50%');
    expect(texts(tree, 'sv-tick')).toEqual(['0%', '25%', '50%', '75%', '100%']);
    expect(texts(tree, 'sv-xlabel')).toEqual(['11-23周', '11-30周', '12-07周']);
    expect(texts(tree, 'sv-axis-title')).toEqual(['周', '比率']);
    expect(texts(tree, 'sv-value')).toEqual(['100%', '50%']);
    const points = find(tree, 'circle', 'sv-point');
    expect(points.map((p) => p.children[0].text)).toEqual(['11-23周：100%', '12-07周：50%']);
    // 100% sits on the top of the plot, 50% half way; the path breaks at the gap (two moves, no line)
    expect(points.map((p) => p.attrs.cy)).toEqual([M.top, M.top + plotH / 2]);
    const [line] = find(tree, 'path', 'sv-line');
    expect(String(line.attrs.d).match(/[ML]/g)).toEqual(['M', 'M']);
  });

  it('says so when there is no data at all', () => {
    const tree = charts.lineChart({ title: '满意率', labels: ['11-23'], values: [null] });
    expect(texts(tree, 'sv-nodata')).toEqual(['统计期内无数据']);
    expect(find(tree, 'path')).toEqual([]);
  });

  it('thins the x labels of long series, counting back from the last one, and drops the value labels', () => {
    const labels = Array.from({ length: 31 }, (_, i) => `12-${String(i + 1).padStart(2, '0')}`);
    const tree = charts.lineChart({ title: 'x', labels, values: labels.map(() => 0.9) });
    expect(charts.labelStep(31)).toBe(3);
    expect(texts(tree, 'sv-xlabel')).toEqual(['12-01', '12-04', '12-07', '12-10', '12-13', '12-16', '12-19', '12-22', '12-25', '12-28', '12-31']);
    expect(texts(tree, 'sv-value')).toEqual([]);
    expect(find(tree, 'circle')).toHaveLength(31);
    const fortnight = charts.lineChart({ title: 'x', labels: labels.slice(0, 14), values: labels.slice(0, 14).map(() => 1) });
    expect(texts(fortnight, 'sv-xlabel')).toEqual(['12-02', '12-04', '12-06', '12-08', '12-10', '12-12', '12-14']);
  });

  it('draws bars of working days on a round scale', () => {
    const tree = charts.barChart({ title: '平均办理用时', labels: ['11月', '12月'], values: [1.5, 7], unit: '天' });
    expect(texts(tree, 'sv-tick')).toEqual(['0', '2.5', '5', '7.5', '10']);
    expect(texts(tree, 'sv-value')).toEqual(['1.5', '7']);
    const bars = find(tree, 'rect', 'sv-bar');
    expect(bars.map((b) => b.attrs.height)).toEqual([Math.round(plotH * 0.15 * 10) / 10, Math.round(plotH * 0.7 * 10) / 10]);
    expect(bars[1].children[0].text).toBe('12月：7 天');
  });

  it('draws per-item bars with the item names', () => {
    const tree = charts.hbarChart({ title: '各事项平均办理用时', rows: [{ label: '老年人优待证', value: 3.33 }, { label: '居住证申领', value: 11 }], unit: '天' });
    expect(texts(tree, 'sv-ylabel')).toEqual(['老年人优待证', '居住证申领']);
    expect(texts(tree, 'sv-value')).toEqual(['3.3 天', '11 天']);
    const empty = charts.hbarChart({ title: 'x', rows: [] });
    expect(texts(empty, 'sv-nodata')).toEqual(['统计期内无办结的承诺件']);
    expect([find(empty, 'line'), texts(empty, 'sv-tick')]).toEqual([[], []]);
  });

  it.each([
    [0, 1], [0.4, 0.5], [1, 1], [3.33, 5], [7, 10], [11, 20], [23, 25], [140, 200],
  ])('niceMax(%p) = %p', (value, max) => {
    expect(charts.niceMax(value)).toBe(max);
  });

  it('formats rates and days for people', () => {
    expect([charts.percent(0.6667), charts.percent(1), charts.percent(null), charts.days(3.333), charts.days(null)]).toEqual(['66.7%', '100%', '—', '3.3 天', '—']);
  });
});
