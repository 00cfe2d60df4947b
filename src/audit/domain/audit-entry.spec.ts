import { adminChangeEntry, changeDetail, ChangeDetail, personalDataReadEntry, sameValue, withoutSecrets } from './audit-entry';

describe('audit entries', () => {
  it.each<[string, Record<string, unknown> | null, Record<string, unknown> | null, ChangeDetail]>([
    ['a creation keeps every field', null, { code: 'TC', name: '中心' }, { before: null, after: { code: 'TC', name: '中心' } }],
    ['a removal keeps every field', { code: 'TC' }, null, { before: { code: 'TC' }, after: null }],
    ['only changed fields', { code: 'TC', name: '旧', kind: 'centre' }, { code: 'TC', name: '新', kind: 'centre' }, { before: { name: '旧' }, after: { name: '新' } }],
    ['nothing changed', { name: 'x', list: [1, 2] }, { name: 'x', list: [1, 2] }, { before: {}, after: {} }],
    ['arrays compared deeply', { queueCodes: ['A'] }, { queueCodes: ['A', 'B'] }, { before: { queueCodes: ['A'] }, after: { queueCodes: ['A', 'B'] } }],
    ['key order does not matter', { hours: [{ from: '08:30', to: '12:00' }] }, { hours: [{ to: '12:00', from: '08:30' }] }, { before: {}, after: {} }],
    ['a field that appears', { name: 'x' }, { name: 'x', parentHall: 'TC' }, { before: { parentHall: null }, after: { parentHall: 'TC' } }],
    ['a field that disappears', { parentHall: 'TC' }, {}, { before: { parentHall: 'TC' }, after: { parentHall: null } }],
    ['never a password or hash', { passwordHash: 'a', mustChangePassword: false }, { passwordHash: 'b', mustChangePassword: true }, { before: { mustChangePassword: false }, after: { mustChangePassword: true } }],
    ['never a token', { tokenVersion: 1, active: true }, { tokenVersion: 2, active: false }, { before: { active: true }, after: { active: false } }],
    ['a creation without its password', null, { username: 'u', password: 'secret-123456', roles: ['clerk'] }, { before: null, after: { username: 'u', roles: ['clerk'] } }],
    ['secrets nested deep are dropped too', null, { device: { pairingCode: '123456', name: 'kiosk' } }, { before: null, after: { device: { name: 'kiosk' } } }],
  ])('%s', (_name, before, after, expected) => {
    expect(changeDetail(before, after)).toEqual(expected);
  });

  it.each<[unknown, unknown, boolean]>([
    [1, 1, true],
    ['1', 1, false],
    [null, undefined, false],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [[1, 2], [2, 1], false],
  ])('sameValue(%p, %p) → %p', (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });

  it('withoutSecrets keeps the rest', () => {
    expect(withoutSecrets({ a: 1, secret: 'x', accessToken: 'y', n: { hash: 'z', ok: true } })).toEqual({ a: 1, n: { ok: true } });
  });

  it('an admin change names the actor and its kind', () => {
    expect(adminChangeEntry({ at: 5, actor: { id: 1, displayName: '系统管理员' }, action: 'hall.update', subjectType: 'hall', subjectId: 'TC', before: { name: 'a' }, after: { name: 'b' } }))
      .toEqual({ at: 5, actorId: 1, actorName: '系统管理员', kind: 'admin', action: 'hall.update', subjectType: 'hall', subjectId: 'TC', detail: { before: { name: 'a' }, after: { name: 'b' } } });
  });

  it('a personal-data read names the case, never its data', () => {
    expect(personalDataReadEntry({ at: 7, actor: { id: 3, displayName: '王窗口' }, caseId: 42, what: 'detail', caseNumber: 'TC20261123001' }))
      .toEqual({ at: 7, actorId: 3, actorName: '王窗口', kind: 'personal_data', action: 'case.read', subjectType: 'case', subjectId: '42', detail: { what: 'detail', caseNumber: 'TC20261123001' } });
  });
});
