import { DomainError } from '../../common/domain-error';
import { ErrorCode } from '../../common/error-codes';
import type { WindowStatus } from '../../halls/domain/window-kind';

export type WindowCommand = 'open' | 'pause' | 'resume' | 'close';

/** Window state machine: closed → open ⇄ paused → closed. */
export function windowTransition(status: WindowStatus, command: WindowCommand): WindowStatus | null {
  switch (command) {
    case 'open':
      return status === 'closed' ? 'open' : null;
    case 'pause':
      return status === 'open' ? 'paused' : null;
    case 'resume':
      return status === 'paused' ? 'open' : null;
    case 'close':
      return status === 'open' || status === 'paused' ? 'closed' : null;
    default: {
      const unreachable: never = command;
      throw new Error(`unknown window command ${String(unreachable)}`);
    }
  }
}

export function nextWindowStatus(status: WindowStatus, command: WindowCommand): WindowStatus {
  const next = windowTransition(status, command);
  if (!next) {
    throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, `窗口状态为 ${status}，不能执行 ${command}`, { status, command });
  }
  return next;
}
