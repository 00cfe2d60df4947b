import {
  closingResult, isOpenRectification, nextRectificationStatus, RECTIFICATION_COMMANDS, RECTIFICATION_STATUSES,
  RectificationCommand, RectificationStatus, rectificationTransition,
} from './rectification-state';

// Every allowed transition, with and without a previous appeal; every other triple is refused.
const ALLOWED: Array<[RectificationStatus, RectificationCommand, boolean, RectificationStatus]> = [
  ['open', 'verify', false, 'verified'],
  ['open', 'verify', true, 'verified'],
  ['verified', 'rectify', false, 'rectified'],
  ['verified', 'rectify', true, 'rectified'],
  ['rectified', 'reply', false, 'replied'],
  ['rectified', 'reply', true, 'replied'],
  ['replied', 'revisit', false, 'closed'],
  ['replied', 'revisit', true, 'closed'],
  ['open', 'appeal', false, 'appealed'],
  ['verified', 'appeal', false, 'appealed'],
  ['appealed', 'uphold', true, 'verified'],
  ['appealed', 'uphold', false, 'verified'],
  ['appealed', 'overturn', true, 'closed'],
  ['appealed', 'overturn', false, 'closed'],
];

describe('rectification state machine', () => {
  it.each(ALLOWED)('%s --%s (appealed before: %s)--> %s', (from, command, appealed, to) => {
    expect(rectificationTransition(from, command, { appealed })).toBe(to);
    expect(nextRectificationStatus(from, command, { appealed })).toBe(to);
  });

  const forbidden = RECTIFICATION_STATUSES.flatMap((s) =>
    RECTIFICATION_COMMANDS.flatMap((c) =>
      [false, true].filter((a) => !ALLOWED.some(([f, cmd, ap]) => f === s && cmd === c && ap === a)).map((a) => [s, c, a] as const),
    ),
  );

  it('refuses every other triple', () => {
    expect(forbidden).toHaveLength(RECTIFICATION_STATUSES.length * RECTIFICATION_COMMANDS.length * 2 - ALLOWED.length);
  });

  it.each(forbidden)('%s refuses %s (appealed before: %s) with 409 INVALID_TRANSITION', (from, command, appealed) => {
    expect(rectificationTransition(from, command, { appealed })).toBeNull();
    expect(() => nextRectificationStatus(from, command, { appealed })).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION', status: 409 }));
  });

  it('allows one appeal only: after an upheld re-check the task cannot be appealed again', () => {
    const afterUphold = nextRectificationStatus('appealed', 'uphold', { appealed: true });
    expect(afterUphold).toBe('verified');
    expect(() => nextRectificationStatus(afterUphold, 'appeal', { appealed: true })).toThrow(/只能申诉一次/);
  });

  it('closed is the only status nothing leaves', () => {
    const dead = RECTIFICATION_STATUSES.filter((s) => RECTIFICATION_COMMANDS.every((c) => rectificationTransition(s, c, { appealed: false }) === null));
    expect(dead).toEqual(['closed']);
    expect(RECTIFICATION_STATUSES.filter((s) => !isOpenRectification(s))).toEqual(['closed']);
  });

  it.each([
    ['revisit', 'rectified'], ['overturn', 'overturned'], ['verify', null], ['rectify', null], ['reply', null], ['appeal', null], ['uphold', null],
  ] as Array<[RectificationCommand, string | null]>)('%s closes with result %j', (command, result) => {
    expect(closingResult(command)).toBe(result);
  });
});
