import { DomainError } from '../../common/domain-error';
import { nextRequestStatus, REQUEST_COMMANDS, REQUEST_STATUSES, RequestCommand, RequestFacts, RequestStatus, requestTransition } from './request-state';

describe('request state machine', () => {
  const allowed: Array<[RequestStatus, RequestCommand, RequestFacts, RequestStatus]> = [
    ['reported', 'dispatch', {}, 'dispatched'],
    ['returned', 'dispatch', {}, 'dispatched'], // re-dispatched after a department sent it back
    ['dispatched', 'claim', {}, 'in_progress'],
    ['in_progress', 'claim', {}, 'in_progress'], // the second department of two
    ['in_progress', 'reply', { othersReplied: false }, 'in_progress'],
    ['in_progress', 'reply', { othersReplied: true }, 'replied'],
    ['dispatched', 'return', {}, 'returned'],
    ['in_progress', 'return', {}, 'returned'],
    ['in_progress', 'return', { othersWorking: true }, 'in_progress'],
    ['dispatched', 'return', { othersWorking: true }, 'dispatched'],
    ['replied', 'close', {}, 'closed'],
    ['replied', 'revisit', {}, 'replied'],
    ['closed', 'revisit', {}, 'closed'],
  ];
  it.each(allowed)('%s --%s %j--> %s', (from, command, facts, to) => {
    expect(requestTransition(from, command, facts)).toBe(to);
    expect(nextRequestStatus(from, command, facts)).toBe(to);
  });

  const allowedPairs = new Set(allowed.map(([from, command]) => `${from}:${command}`));
  const refused = REQUEST_STATUSES.flatMap((s) => REQUEST_COMMANDS.map((c) => [s, c] as const)).filter(([s, c]) => !allowedPairs.has(`${s}:${c}`));

  it('refuses everything else (the table above is the whole machine)', () => {
    expect(refused.length).toBe(REQUEST_STATUSES.length * REQUEST_COMMANDS.length - allowedPairs.size);
  });

  it.each(refused)('%s --%s--> 409 INVALID_TRANSITION', (from, command) => {
    expect(requestTransition(from, command, { othersReplied: true, othersWorking: true })).toBeNull();
    try {
      nextRequestStatus(from, command);
      throw new Error('allowed');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'INVALID_TRANSITION', status: 409 });
    }
  });
});
