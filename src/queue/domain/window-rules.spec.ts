import type { AuthUser, Role } from '../../auth/domain/auth-user';
import { assertCanCall, assertCanClose, assertMayAct, requireCurrent, WindowAction, WindowFacts } from './window-rules';

const user = (id: number, ...roles: Role[]): AuthUser => ({ id, username: `u${id}`, displayName: '', roles, departmentCodes: [], hallCodes: [], mustChangePassword: false });
const w = (status: WindowFacts['status'], operatorId: number | null, currentTicketId: number | null = null): WindowFacts => ({ status, operatorId, currentTicketId });

describe('assertMayAct', () => {
  it.each<[string, WindowFacts, AuthUser, WindowAction, string | null]>([
    ['anyone opens a closed window', w('closed', null), user(1, 'clerk'), 'open', null],
    ['the operator re-opens their own', w('open', 1), user(1, 'clerk'), 'open', null],
    ['another clerk cannot take an open window', w('open', 1), user(2, 'clerk'), 'open', 'WINDOW_IN_USE'],
    ['another clerk cannot take a paused window', w('paused', 1), user(2, 'clerk'), 'open', 'WINDOW_IN_USE'],
    ['the operator operates', w('open', 1), user(1, 'clerk'), 'operate', null],
    ['another clerk cannot operate', w('open', 1), user(2, 'clerk'), 'operate', 'NOT_WINDOW_OPERATOR'],
    ['an admin cannot call at a window', w('open', 1), user(3, 'admin'), 'operate', 'NOT_WINDOW_OPERATOR'],
    ['a supervisor may close any window', w('open', 1), user(4, 'supervisor'), 'close', null],
    ['another clerk cannot close', w('open', 1), user(2, 'clerk'), 'close', 'NOT_WINDOW_OPERATOR'],
  ])('%s', (_name, facts, who, action, code) => {
    if (code) expect(() => assertMayAct(facts, who, action)).toThrow(expect.objectContaining({ code }));
    else expect(() => assertMayAct(facts, who, action)).not.toThrow();
  });
});

describe('window preconditions', () => {
  it.each<[WindowFacts, string | null]>([
    [w('open', 1), null],
    [w('paused', 1), 'WINDOW_NOT_OPEN'],
    [w('closed', null), 'WINDOW_NOT_OPEN'],
    [w('open', 1, 7), 'WINDOW_BUSY'],
  ])('call on %j → %p', (facts, code) => {
    if (code) expect(() => assertCanCall(facts)).toThrow(expect.objectContaining({ code }));
    else expect(() => assertCanCall(facts)).not.toThrow();
  });

  it('refuses to close with a resident at the counter', () => {
    expect(() => assertCanClose(w('open', 1, 7))).toThrow(expect.objectContaining({ code: 'WINDOW_BUSY' }));
    expect(() => assertCanClose(w('paused', 1))).not.toThrow();
  });

  it('names the current ticket or refuses', () => {
    expect(requireCurrent(w('open', 1, 7))).toBe(7);
    expect(() => requireCurrent(w('open', 1))).toThrow(expect.objectContaining({ code: 'NO_CURRENT_TICKET', status: 409 }));
  });
});
