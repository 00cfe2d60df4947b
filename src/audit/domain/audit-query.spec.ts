import { AUDIT_DEFAULT_LIMIT, AuditErrorCode, parseAuditQuery, RawAuditQuery } from './audit-query';

const ZONE = 'Asia/Shanghai';

describe('audit query', () => {
  it.each<[string, RawAuditQuery, object]>([
    ['nothing: the newest page', {}, { limit: AUDIT_DEFAULT_LIMIT, offset: 0 }],
    ['empty values are absent', { kind: '', from: '', to: '' }, { limit: AUDIT_DEFAULT_LIMIT, offset: 0 }],
    ['a kind', { kind: 'personal_data' }, { kind: 'personal_data' }],
    ['dates are whole days in the zone, both inclusive', { from: '2026-11-23', to: '2026-11-23' }, { from: Date.parse('2026-11-22T16:00:00Z'), to: Date.parse('2026-11-23T16:00:00Z') }],
    ['times with an offset', { from: '2026-11-23T09:00:00+08:00', to: '2026-11-23T10:00Z' }, { from: Date.parse('2026-11-23T01:00:00Z'), to: Date.parse('2026-11-23T10:00:00Z') }],
    ['filters and paging', { actorId: '7', subjectType: 'hall', subjectId: 'TC', limit: '20', offset: '40' }, { actorId: 7, subjectType: 'hall', subjectId: 'TC', limit: 20, offset: 40 }],
  ])('%s', (_name, raw, expected) => {
    const result = parseAuditQuery(raw, ZONE);
    expect(result).toEqual({ filter: expect.objectContaining(expected) });
  });

  it.each<[string, RawAuditQuery, string]>([
    ['an unknown kind', { kind: 'everything' }, AuditErrorCode.INVALID_AUDIT_KIND],
    ['a repeated kind', { kind: ['admin', 'admin'] }, AuditErrorCode.INVALID_AUDIT_KIND],
    ['a date that does not exist', { from: '2026-02-30' }, AuditErrorCode.INVALID_AUDIT_RANGE],
    ['a time on a date that does not exist', { from: '2026-02-30T10:00Z' }, AuditErrorCode.INVALID_AUDIT_RANGE],
    ['a time on April 31st', { to: '2026-04-31T10:00:00+08:00' }, AuditErrorCode.INVALID_AUDIT_RANGE],
    ['a time without an offset', { from: '2026-11-23T09:00' }, AuditErrorCode.INVALID_AUDIT_RANGE],
    ['words', { to: 'yesterday' }, AuditErrorCode.INVALID_AUDIT_RANGE],
    ['from after to', { from: '2026-11-24', to: '2026-11-23' }, AuditErrorCode.INVALID_AUDIT_RANGE],
    ['a limit of 0', { limit: '0' }, AuditErrorCode.INVALID_AUDIT_QUERY],
    ['a limit too large', { limit: '100000' }, AuditErrorCode.INVALID_AUDIT_QUERY],
    ['a negative offset', { offset: '-1' }, AuditErrorCode.INVALID_AUDIT_QUERY],
    ['an actor that is not a number', { actorId: 'admin' }, AuditErrorCode.INVALID_AUDIT_QUERY],
    ['an unknown subject type', { subjectType: 'printer' }, AuditErrorCode.INVALID_AUDIT_QUERY],
  ])('%s → %s', (_name, raw, code) => {
    expect(parseAuditQuery(raw, ZONE)).toEqual({ problem: { code, message: expect.any(String) } });
  });
});
