import type { HallSummaryView } from '../../../src/halls/domain/hall-layout';
import { nestedHalls } from './hall-tree';

const centre = (code: string): HallSummaryView => ({ code, name: code, kind: 'centre', parentHall: null });
const point = (code: string, parentHall: string | null): HallSummaryView => ({ code, name: code, kind: 'point', parentHall });

describe('nestedHalls', () => {
  it.each<[string, HallSummaryView[], Array<[string, boolean]>]>([
    ['nothing', [], []],
    ['one centre', [centre('TC')], [['TC', false]]],
    ['points follow their centre', [point('P1', 'GM'), centre('TC'), centre('GM'), point('P2', 'TC')], [['TC', false], ['P2', true], ['GM', false], ['P1', true]]],
    ['a point without its centre comes last', [point('P9', 'XX'), centre('TC')], [['TC', false], ['P9', false]]],
  ])('%s', (_name, halls, expected) => {
    expect(nestedHalls(halls).map((h) => [h.code, h.nested])).toEqual(expected);
  });
});
