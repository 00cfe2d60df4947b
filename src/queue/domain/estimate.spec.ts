import { estimateWaitMinutes } from './estimate';

describe('estimateWaitMinutes', () => {
  it.each([
    // ahead, avg seconds, default min, windows → minutes
    [0, null, 5, 2, 0],
    [3, null, 5, 1, 15],
    [3, null, 5, 3, 5],
    [4, 90, 5, 2, 3],
    [10, 300, 5, 0, 50], // no window open: assume one
    [1, 61, 5, 1, 2], // rounds up
  ])('%d ahead, avg %p s, default %d min, %d windows → %d min', (ahead, avg, def, windows, expected) => {
    expect(
      estimateWaitMinutes({ ahead, averageServiceSeconds: avg, defaultServiceMinutes: def, openWindows: windows }),
    ).toBe(expected);
  });
});
