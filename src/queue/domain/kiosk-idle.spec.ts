import { idleSecondsLeft, KIOSK_IDLE_SECONDS, kioskIdleSeconds } from './kiosk-idle';

describe('kiosk idle time', () => {
  it('is 30 s unless the address asks for a whole number of seconds in range', () => {
    expect(KIOSK_IDLE_SECONDS).toBe(30);
    const cases: Array<[unknown, number]> = [
      [undefined, 30], ['', 30], ['5', 5], ['2', 2], ['300', 300], ['1', 30], ['0', 30], ['301', 30],
      ['5.5', 30], ['-5', 30], ['1e2', 30], ['0x10', 30], [' 5', 30], [['5', '6'], 30], ['9999', 30],
    ];
    for (const [query, seconds] of cases) expect([query, kioskIdleSeconds(query)]).toEqual([query, seconds]);
  });

  it.each([
    [0, 30],
    [1, 30],
    [999, 30], // a part of a second counts as a whole one left
    [1000, 29],
    [29_001, 1],
    [30_000, 0],
    [45_000, 0],
    [-5_000, 30], // a clock stepped back never makes it longer
  ])('%i ms after the last touch: %i s left', (elapsed, left) => {
    expect(idleSecondsLeft(1_000_000, 1_000_000 + elapsed, 30)).toBe(left);
  });
});
