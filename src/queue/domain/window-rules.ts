import type { AuthUser } from '../../auth/domain/auth-user';
import { DomainError } from '../../common/domain-error';
import type { WindowStatus } from '../../halls/domain/window-kind';

export const WindowErrorCode = {
  NOT_WINDOW_OPERATOR: 'NOT_WINDOW_OPERATOR',
  WINDOW_IN_USE: 'WINDOW_IN_USE',
  WINDOW_NOT_OPEN: 'WINDOW_NOT_OPEN',
  WINDOW_BUSY: 'WINDOW_BUSY',
  NO_CURRENT_TICKET: 'NO_CURRENT_TICKET',
  NO_HELD_TICKET: 'NO_HELD_TICKET',
  TRANSFER_SAME_QUEUE: 'TRANSFER_SAME_QUEUE',
} as const;

export interface WindowFacts {
  status: WindowStatus;
  operatorId: number | null;
  currentTicketId: number | null;
}

export type WindowAction = 'open' | 'close' | 'operate';

/**
 * Who may act on a window: anyone opens a closed one (and becomes its operator); only the operator works
 * it; the operator, an admin or a supervisor may close it (so a forgotten window can be freed).
 */
export function assertMayAct(window: WindowFacts, user: AuthUser, action: WindowAction): void {
  if (action === 'open') {
    if (window.status !== 'closed' && window.operatorId !== user.id) {
      throw DomainError.conflict(WindowErrorCode.WINDOW_IN_USE, '该窗口已由其他工作人员开启');
    }
    return;
  }
  const overseer = action === 'close' && user.roles.some((r) => r === 'admin' || r === 'supervisor');
  if (window.operatorId !== user.id && !overseer) {
    throw DomainError.forbidden(WindowErrorCode.NOT_WINDOW_OPERATOR, '您不是该窗口的当前操作人');
  }
}

/** Calling the next resident needs an open window with nobody at it. */
export function assertCanCall(window: WindowFacts): void {
  if (window.status !== 'open') throw DomainError.conflict(WindowErrorCode.WINDOW_NOT_OPEN, '窗口未处于服务状态');
  if (window.currentTicketId !== null) throw DomainError.conflict(WindowErrorCode.WINDOW_BUSY, '请先办结、转移或标记过号当前号票');
}

/** Closing leaves nobody stranded at the counter. */
export function assertCanClose(window: WindowFacts): void {
  if (window.currentTicketId !== null) throw DomainError.conflict(WindowErrorCode.WINDOW_BUSY, '当前号票尚未处理完毕，不能关闭窗口');
}

export function requireCurrent(window: WindowFacts): number {
  if (window.currentTicketId === null) throw DomainError.conflict(WindowErrorCode.NO_CURRENT_TICKET, '窗口当前没有号票');
  return window.currentTicketId;
}
