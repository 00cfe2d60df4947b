import { isCaseRateable, isTicketRateable, ratingSubject, SubjectFields } from './rating-subject';

describe('ratingSubject', () => {
  it.each([
    [{ ticketId: 7, token: 'tok' }, { type: 'ticket', ticketId: 7, token: 'tok' }],
    [{ caseNumber: 'TC202611230001', code: 'abc234' }, { type: 'case', caseNumber: 'TC202611230001', code: 'ABC234' }],
  ] as Array<[SubjectFields, unknown]>)('%j names one subject', (fields, expected) => {
    expect(ratingSubject(fields)).toEqual(expected);
  });

  it.each([
    [{}],
    [{ ticketId: 7 }],
    [{ token: 'tok' }],
    [{ caseNumber: 'TC202611230001' }],
    [{ code: 'ABC234' }],
    [{ ticketId: 7, token: 'tok', caseNumber: 'TC202611230001', code: 'ABC234' }],
    [{ ticketId: 7, code: 'ABC234' }],
  ] as Array<[SubjectFields]>)('%j is refused with 400 VALIDATION_FAILED', (fields) => {
    expect(() => ratingSubject(fields)).toThrow(expect.objectContaining({ status: 400, code: 'VALIDATION_FAILED' }));
  });
});

describe('rateability', () => {
  it.each([
    ['done', true], ['waiting', false], ['called', false], ['serving', false], ['on_hold', false],
    ['no_show', false], ['transferred', false], ['cancelled', false],
  ])('a ticket %s is rateable: %s', (status, ok) => expect(isTicketRateable(status)).toBe(ok));

  it.each([
    ['delivered', 1, true], ['archived', 1, true], ['archived', null, false], ['decided_approved', null, false],
    ['ready_for_pickup', null, false], ['in_progress', null, false], ['withdrawn', null, false], ['rejected', null, false],
  ] as Array<[string, number | null, boolean]>)('a case %s (deliveredAt %j) is rateable: %s', (status, deliveredAt, ok) => {
    expect(isCaseRateable(status, deliveredAt)).toBe(ok);
  });
});
