import { CASE_COMMANDS, CASE_STATUSES, CaseCommand, CaseStatus, caseTransition, nextCaseStatus } from './case-state';

// Every allowed transition of DOMAIN.md's case state machine; every other pair is refused.
const ALLOWED: Array<[CaseStatus, CaseCommand, CaseStatus]> = [
  ['received', 'notify', 'awaiting_supplement'],
  ['returned', 'notify', 'awaiting_supplement'],
  ['awaiting_supplement', 'supplement', 'received'],
  ['received', 'accept', 'dispatched'],
  ['received', 'reject', 'rejected'],
  ['returned', 'reject', 'rejected'],
  ['received', 'complete', 'decided_approved'],
  ['dispatched', 'claim', 'in_progress'],
  ['in_progress', 'claim', 'in_progress'],
  ['in_progress', 'suspend', 'suspended'],
  ['suspended', 'resume', 'in_progress'],
  ['in_progress', 'request_extension', 'in_progress'],
  ['suspended', 'request_extension', 'suspended'],
  ['in_progress', 'approve_extension', 'in_progress'],
  ['suspended', 'approve_extension', 'suspended'],
  ['in_progress', 'reject_extension', 'in_progress'],
  ['suspended', 'reject_extension', 'suspended'],
  ['in_progress', 'escalate', 'in_progress'],
  ['suspended', 'escalate', 'suspended'],
  ['in_progress', 'return', 'returned'],
  ['dispatched', 'transfer', 'dispatched'],
  ['in_progress', 'transfer', 'dispatched'],
  ['in_progress', 'approve', 'decided_approved'],
  ['in_progress', 'deny', 'decided_denied'],
  ['decided_approved', 'ready', 'ready_for_pickup'],
  ['decided_denied', 'ready', 'ready_for_pickup'],
  ['decided_approved', 'deliver', 'delivered'],
  ['decided_denied', 'deliver', 'delivered'],
  ['ready_for_pickup', 'deliver', 'delivered'],
  ['delivered', 'archive', 'archived'],
  ['rejected', 'archive', 'archived'],
  ['withdrawn', 'archive', 'archived'],
  ['received', 'withdraw', 'withdrawn'],
  ['awaiting_supplement', 'withdraw', 'withdrawn'],
  ['dispatched', 'withdraw', 'withdrawn'],
  ['in_progress', 'withdraw', 'withdrawn'],
  ['suspended', 'withdraw', 'withdrawn'],
  ['returned', 'withdraw', 'withdrawn'],
];

describe('case state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, command, to) => {
    expect(caseTransition(from, command)).toBe(to);
    expect(nextCaseStatus(from, command)).toBe(to);
  });

  const forbidden = CASE_STATUSES.flatMap((s) =>
    CASE_COMMANDS.filter((c) => !ALLOWED.some(([f, cmd]) => f === s && cmd === c)).map((c) => [s, c] as const),
  );

  it('refuses every other pair', () => expect(forbidden).toHaveLength(CASE_STATUSES.length * CASE_COMMANDS.length - ALLOWED.length));

  it.each(forbidden)('%s refuses %s with 409 INVALID_TRANSITION', (from, command) => {
    expect(caseTransition(from, command)).toBeNull();
    expect(() => nextCaseStatus(from, command)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION', status: 409 }));
  });

  it('archived is the only status nothing leaves', () => {
    const dead = CASE_STATUSES.filter((s) => CASE_COMMANDS.every((c) => caseTransition(s, c) === null));
    expect(dead).toEqual(['archived']);
  });
});
