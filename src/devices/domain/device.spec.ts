import {
  DeviceIdentity, deviceServes, deviceStatus, deviceTargetProblem, isDeviceToken, isPairingCodeShape, normalizePairingCode,
  pairingCodeUsable, pairingPath, parseDeviceToken, formatDeviceToken, PAIRING_ALPHABET,
} from './device';

describe('deviceStatus', () => {
  it.each([
    [{ pairedAt: null, revokedAt: null }, 'pending'],
    [{ pairedAt: 5, revokedAt: null }, 'paired'],
    [{ pairedAt: 5, revokedAt: 9 }, 'revoked'],
    [{ pairedAt: null, revokedAt: 9 }, 'revoked'],
  ])('%j → %s', (facts, status) => expect(deviceStatus(facts)).toBe(status));
});

describe('pairingCodeUsable', () => {
  it.each([
    ['fresh', { expiresAt: 100, used: false, now: 99 }, true],
    ['at expiry', { expiresAt: 100, used: false, now: 100 }, false],
    ['expired', { expiresAt: 100, used: false, now: 101 }, false],
    ['used', { expiresAt: 100, used: true, now: 1 }, false],
    ['no code', { expiresAt: null, used: false, now: 1 }, false],
  ])('%s', (_name, facts, usable) => expect(pairingCodeUsable(facts)).toBe(usable));
});

describe('deviceTargetProblem', () => {
  it.each<[string, 'kiosk' | 'pad', number | null | undefined, boolean]>([
    ['kiosk without window', 'kiosk', undefined, false],
    ['kiosk with null window', 'kiosk', null, false],
    ['kiosk with a window', 'kiosk', 1, true],
    ['pad of an existing window', 'pad', 2, false],
    ['pad without window', 'pad', undefined, true],
    ['pad of a missing window', 'pad', 9, true],
  ])('%s', (_name, kind, n, problem) => expect(deviceTargetProblem(kind, n, [1, 2, 3]) !== null).toBe(problem));
});

describe('pairing codes and tokens', () => {
  it.each([
    [' abcd-efgh ', 'ABCDEFGH', true],
    ['ABCDEFG2', 'ABCDEFG2', true],
    ['ABCDEFG0', 'ABCDEFG0', false], // 0 is not in the alphabet
    ['ABCDEFGI', 'ABCDEFGI', false],
    ['ABCDEFG', 'ABCDEFG', false],
    ['ABCDEFGHJ', 'ABCDEFGHJ', false],
  ])('%j normalises to %s (valid shape: %s)', (input, normal, valid) => {
    expect(normalizePairingCode(input)).toBe(normal);
    expect(isPairingCodeShape(normalizePairingCode(input))).toBe(valid);
  });

  it('uses no look-alike characters', () => {
    for (const c of '01OIL') expect(PAIRING_ALPHABET).not.toContain(c);
  });

  it.each([
    ['owd.12.' + 'a'.repeat(43), { id: 12, secret: 'a'.repeat(43) }],
    ['owd.12.short', null],
    ['owd.x.' + 'a'.repeat(43), null],
    ['eyJhbGciOiJIUzI1NiJ9.e30.x', null],
  ])('parses %s', (token, parsed) => expect(parseDeviceToken(token)).toEqual(parsed));

  it('formats what it parses, and tells device tokens from JWTs', () => {
    const token = formatDeviceToken(7, 'b'.repeat(43));
    expect(parseDeviceToken(token)).toEqual({ id: 7, secret: 'b'.repeat(43) });
    expect(isDeviceToken(token)).toBe(true);
    expect(isDeviceToken('eyJhbGciOiJIUzI1NiJ9.e30.x')).toBe(false);
  });
});

describe('deviceServes', () => {
  const pad: DeviceIdentity = { id: 1, hall: 'TC', kind: 'pad', windowNumber: 2, name: 'p' };
  it.each<[string, number | undefined, boolean]>([
    ['TC', 2, true], ['tc', 2, true], ['TC', 1, false], ['XX', 2, false], ['TC', undefined, true], ['XX', undefined, false],
  ])('pad of TC/2 at %s/%s → %s', (hall, n, ok) => expect(deviceServes(pad, hall, n)).toBe(ok));
});

describe('pairingPath', () => {
  it.each([
    [{ hall: 'TC', kind: 'kiosk' as const, windowNumber: null }, '/kiosk/TC?pair=ABCDEFGH'],
    [{ hall: 'TC', kind: 'pad' as const, windowNumber: 3 }, '/pad/TC/3?pair=ABCDEFGH'],
  ])('%j → %s', (d, path) => expect(pairingPath(d, 'ABCDEFGH')).toBe(path));
});
