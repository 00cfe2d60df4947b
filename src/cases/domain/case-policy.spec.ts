import type { AuthUser, Role } from '../../auth/domain/auth-user';
import {
  assertCaseAction, CASE_ACTION_IDS, CaseActionId, caseActionRefusal, caseActions, CaseFacts, extensionCap, extensionDaysLeft, extensionTooLong,
} from './case-policy';
import { CASE_STATUSES, CaseCommand, caseTransition } from './case-state';

const user = (roles: Role[], departmentCodes: string[]): AuthUser => ({ id: 1, username: 'u', displayName: 'U', roles, departmentCodes, hallCodes: [], mustChangePassword: false });
const officer = user(['officer'], ['ZL']);
const head = user(['head'], ['ZL']);
const gg = user(['officer'], ['GG']);
const clerk = user(['clerk'], []);

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  status: 'in_progress', kind: 'promised', unit: 'working_days', extensionDays: 0,
  tasks: [{ departmentCode: 'ZL', status: 'in_progress' }], pendingExtension: null, ...over,
});
const enabled = (f: CaseFacts, u: AuthUser) => CASE_ACTION_IDS.filter((id) => caseActions(f, u)[id].enabled);

describe('caseActions: what the inbox offers', () => {
  it.each([
    ['dispatched: claim or transfer', facts({ status: 'dispatched', tasks: [{ departmentCode: 'ZL', status: 'dispatched' }] }), officer, ['claim', 'transfer']],
    ['in progress', facts(), officer, ['decide', 'suspend', 'extension', 'transfer', 'return']],
    ['suspended', facts({ status: 'suspended' }), officer, ['resume', 'extension']],
    ['extension pending: officer waits', facts({ pendingExtension: { departmentCode: 'ZL' } }), officer, ['decide', 'suspend', 'transfer', 'return']],
    ['extension pending: the head decides it', facts({ pendingExtension: { departmentCode: 'ZL' } }), head, ['decide', 'suspend', 'transfer', 'return', 'approveExtension', 'rejectExtension']],
    ['extension pending in suspension: the head decides it', facts({ status: 'suspended', pendingExtension: { departmentCode: 'ZL' } }), head, ['resume', 'approveExtension', 'rejectExtension']],
    ['another department’s pending extension is not this head’s', facts({ pendingExtension: { departmentCode: 'GG' } }), head, ['decide', 'suspend', 'transfer', 'return']],
    ['extensions used up', facts({ extensionDays: 10 }), officer, ['decide', 'suspend', 'transfer', 'return']],
    ['joint items get 15', facts({ kind: 'joint', extensionDays: 10 }), officer, ['decide', 'suspend', 'extension', 'transfer', 'return']],
    ['joint items used up at 15', facts({ kind: 'joint', extensionDays: 15 }), officer, ['decide', 'suspend', 'transfer', 'return']],
    ['hour limits never extend', facts({ kind: 'request', unit: 'hours' }), officer, ['decide', 'suspend', 'transfer', 'return']],
    ['escalated items report up', facts({ kind: 'escalated' }), officer, ['decide', 'suspend', 'extension', 'escalate', 'transfer', 'return']],
    ['escalated and suspended: still report up', facts({ kind: 'escalated', status: 'suspended' }), officer, ['resume', 'extension', 'escalate']],
    ['joint: the other department claimed first', facts({ kind: 'joint', tasks: [{ departmentCode: 'GG', status: 'in_progress' }, { departmentCode: 'ZL', status: 'dispatched' }] }), officer, ['claim', 'extension', 'transfer']],
    ['joint: the other one suspended before this one claimed', facts({ kind: 'joint', status: 'suspended', tasks: [{ departmentCode: 'GG', status: 'in_progress' }, { departmentCode: 'ZL', status: 'dispatched' }] }), officer, ['resume', 'extension']],
    ['decided: back to the window', facts({ status: 'decided_approved', tasks: [{ departmentCode: 'ZL', status: 'done' }] }), officer, ['ready']],
    ['decided: a clerk may send it too', facts({ status: 'decided_denied', tasks: [{ departmentCode: 'ZL', status: 'done' }] }), clerk, ['ready']],
    ['transferred away: nothing', facts({ status: 'dispatched', tasks: [{ departmentCode: 'ZL', status: 'transferred' }, { departmentCode: 'GG', status: 'dispatched' }] }), officer, []],
    ['another department’s officer', facts(), gg, []],
    ['a clerk', facts(), clerk, []],
    ['a supervisor', facts({ pendingExtension: { departmentCode: 'ZL' } }), user(['supervisor', 'admin'], []), []],
    ['delivered', facts({ status: 'delivered', tasks: [{ departmentCode: 'ZL', status: 'done' }] }), officer, []],
  ])('%s', (_name, f, u, ids) => {
    expect(enabled(f, u)).toEqual(ids);
  });

  it('gives a reason for every disabled action and none for the enabled ones', () => {
    const actions = caseActions(facts(), officer);
    for (const id of CASE_ACTION_IDS) {
      if (actions[id].enabled) expect(actions[id]).toEqual({ enabled: true });
      else expect(actions[id].reason).toMatch(/\S/);
    }
  });

  it.each([
    ['claim', facts(), officer, 409, 'TASK_ALREADY_CLAIMED', '本部门已签收该办件'],
    ['claim', facts(), gg, 403, 'FORBIDDEN', '无权处理该办件'],
    ['claim', facts({ status: 'dispatched', tasks: [{ departmentCode: 'ZL', status: 'transferred' }, { departmentCode: 'GG', status: 'dispatched' }] }), officer, 409, 'NO_TASK_FOR_DEPARTMENT', '本部门在该办件上没有待办任务'],
    ['suspend', facts({ status: 'dispatched', tasks: [{ departmentCode: 'ZL', status: 'dispatched' }] }), officer, 409, 'TASK_NOT_IN_PROGRESS', '请先签收该办件'],
    ['suspend', facts({ status: 'suspended' }), officer, 409, 'INVALID_TRANSITION', '办件当前为「特别程序中（时限暂停）」，不能挂起'],
    ['resume', facts(), officer, 409, 'INVALID_TRANSITION', '办件当前为「办理中」，不能恢复计时'],
    ['extension', facts({ unit: 'hours' }), officer, 422, 'EXTENSION_TOO_LONG', '按小时计时的诉求不能延期'],
    ['extension', facts({ pendingExtension: { departmentCode: 'ZL' } }), officer, 409, 'EXTENSION_PENDING', '已有待审批的延期申请'],
    ['extension', facts({ extensionDays: 10 }), officer, 422, 'EXTENSION_TOO_LONG', '延期累计不得超过 10 个工作日（已延期 10 个）'],
    ['escalate', facts(), officer, 422, 'NOT_ESCALATED_ITEM', '只有上报件需要上报'],
    ['approveExtension', facts(), head, 409, 'NO_PENDING_EXTENSION', '没有待审批的延期申请'],
    ['approveExtension', facts({ pendingExtension: { departmentCode: 'ZL' } }), officer, 403, 'FORBIDDEN', '无权处理该办件'],
    ['ready', facts(), gg, 403, 'FORBIDDEN', '无权处理该办件'],
    ['ready', facts(), clerk, 409, 'INVALID_TRANSITION', '办件当前为「办理中」，不能送综合窗口'],
  ] as const)('%s refused with %d %s', (action, f, u, status, code, message) => {
    expect(caseActionRefusal(f, u, action)).toMatchObject({ status, code, message });
    expect(caseActions(f, u)[action]).toEqual({ enabled: false, reason: message });
    expect(() => assertCaseAction(f, u, action)).toThrow(expect.objectContaining({ status, code, message }));
  });

  const COMMAND: Record<CaseActionId, CaseCommand> = {
    claim: 'claim', decide: 'decide', ready: 'ready', suspend: 'suspend', resume: 'resume', extension: 'request_extension',
    escalate: 'escalate', transfer: 'transfer', return: 'return', approveExtension: 'approve_extension', rejectExtension: 'reject_extension',
  };
  it.each(CASE_ACTION_IDS.map((id) => [id]))('%s is enabled only in statuses the state machine allows', (id) => {
    for (const status of CASE_STATUSES) {
      for (const task of ['dispatched', 'in_progress', 'done'] as const) {
        const f = facts({ status, kind: 'escalated', tasks: [{ departmentCode: 'ZL', status: task }], pendingExtension: { departmentCode: 'ZL' } });
        if (caseActions(f, head)[id].enabled) expect([id, status, caseTransition(status, COMMAND[id])]).toEqual([id, status, expect.any(String)]);
      }
    }
  });
});

describe('extension cap', () => {
  it.each([
    ['promised', 0, 10],
    ['promised', 7, 3],
    ['promised', 12, 0],
    ['joint', 10, 5],
    ['joint', 15, 0],
  ])('%s with %d used leaves %d', (kind, used, left) => {
    expect(extensionDaysLeft(kind, used)).toBe(left);
    expect(extensionCap(kind)).toBe(kind === 'joint' ? 15 : 10);
  });

  it.each([
    ['promised', 8, 2, null],
    ['promised', 8, 3, '延期累计不得超过 10 个工作日（已延期 8 个）'],
    ['joint', 10, 5, null],
    ['joint', 10, 6, '延期累计不得超过 15 个工作日（已延期 10 个）'],
  ])('%s with %d used, asking %d more', (kind, used, days, message) => {
    expect(extensionTooLong({ kind, extensionDays: used }, days)?.message ?? null).toBe(message);
  });
});
