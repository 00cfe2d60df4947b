import { CASE_COMMANDS, CASE_STATUSES, CaseCommand, CaseStatus, caseTransition, nextCaseStatus, TransitionFacts } from './case-state';

// Every allowed transition of DOMAIN.md's case state machine; every other pair is refused.
const ALLOWED: Array<[CaseStatus, CaseCommand, CaseStatus, TransitionFacts?]> = [
  ['received', 'notify', 'awaiting_supplement'],
  ['returned', 'notify', 'awaiting_supplement'],
  ['awaiting_supplement', 'supplement', 'received', { materialsComplete: true }],
  ['awaiting_supplement', 'supplement', 'awaiting_supplement'],
  ['dispatched', 'supplement', 'dispatched'],
  ['in_progress', 'supplement', 'in_progress'],
  ['suspended', 'supplement', 'suspended'],
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
  ['in_progress', 'transfer', 'in_progress', { othersWorking: true }],
  ['in_progress', 'decide', 'decided_approved', { outcomes: ['approved'] }],
  ['in_progress', 'decide', 'decided_approved', { outcomes: ['approved', 'approved'] }],
  ['in_progress', 'decide', 'decided_denied', { outcomes: ['approved', 'denied'] }],
  ['in_progress', 'decide', 'in_progress', { othersOpen: true, outcomes: ['denied'] }],
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
  ...CASE_STATUSES.map((s): [CaseStatus, CaseCommand, CaseStatus] => [s, 'supervise', s]),
  ['dispatched', 'settle', 'decided_approved', { outcomes: ['approved'] }],
  ['in_progress', 'settle', 'decided_approved', { outcomes: ['approved'] }],
  ['dispatched', 'settle', 'decided_denied', { outcomes: ['denied'] }],
  ['in_progress', 'settle', 'decided_denied'],
];

describe('case state machine', () => {
  // every row with its facts: a test function taking more arguments than its row would be handed jest's `done`
  it.each(ALLOWED.map(([from, command, to, facts]) => [from, command, to, facts ?? {}] as const))('%s --%s--> %s %j', (from, command, to, facts) => {
    expect(caseTransition(from, command, facts)).toBe(to);
    expect(nextCaseStatus(from, command, facts)).toBe(to);
  });

  const forbidden = CASE_STATUSES.flatMap((s) =>
    CASE_COMMANDS.filter((c) => !ALLOWED.some(([f, cmd]) => f === s && cmd === c)).map((c) => [s, c] as const),
  );

  const pairs = new Set(ALLOWED.map(([f, cmd]) => `${f} ${cmd}`));
  it('refuses every other pair', () => expect(forbidden).toHaveLength(CASE_STATUSES.length * CASE_COMMANDS.length - pairs.size));

  it.each(forbidden)('%s refuses %s with 409 INVALID_TRANSITION', (from, command) => {
    expect(caseTransition(from, command)).toBeNull();
    expect(() => nextCaseStatus(from, command)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION', status: 409 }));
  });

  it('archived is the only status nothing leaves', () => {
    const dead = CASE_STATUSES.filter((s) => CASE_COMMANDS.every((c) => [null, s].includes(caseTransition(s, c))));
    expect(dead).toEqual(['archived']);
  });
});
