import type { HallSummaryView } from '../../../src/halls/domain/hall-layout';

/** Centres in the given order, each followed by its points; a point whose centre is missing comes last, unnested. */
export function nestedHalls(halls: readonly HallSummaryView[]): Array<HallSummaryView & { nested: boolean }> {
  const out: Array<HallSummaryView & { nested: boolean }> = [];
  for (const c of halls.filter((h) => h.kind === 'centre')) {
    out.push({ ...c, nested: false });
    for (const p of halls.filter((h) => h.kind === 'point' && h.parentHall === c.code)) out.push({ ...p, nested: true });
  }
  for (const h of halls) if (!out.some((o) => o.code === h.code)) out.push({ ...h, nested: false });
  return out;
}
