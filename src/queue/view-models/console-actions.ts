import type { TicketStatus } from '../domain/ticket-state';
import type { WindowStatus } from '../../halls/domain/window-kind';

export type ConsoleActionId =
  | 'open' | 'callNext' | 'recall' | 'start' | 'finish' | 'noShow' | 'hold' | 'unhold' | 'transfer' | 'pause' | 'resume' | 'close';

/**
 * When a button is usable, as data the browser evaluates with the same rule as `isActionEnabled`:
 * the window's status, the current ticket's status ('none' when the counter is free), and whether
 * someone is on hold. The server stays the judge; this only keeps impossible buttons greyed out.
 */
export interface ActionCondition {
  window: WindowStatus[];
  ticket: Array<TicketStatus | 'none'>;
  needsHeld?: boolean;
}

export interface ConsoleAction {
  id: ConsoleActionId;
  label: string;
  /** KeyboardEvent.key values (letters lower-case) that trigger it; the first is shown. */
  keys: string[];
  /** What the button shows, e.g. "F1 / N". */
  keyHint: string;
  /** POST …/windows/{n}/{endpoint}. */
  endpoint: string;
  when: ActionCondition;
  /** Visual weight in the console. */
  kind: 'primary' | 'normal' | 'danger' | 'window';
}

const ACTIVE: WindowStatus[] = ['open', 'paused'];

export const CONSOLE_ACTIONS: ConsoleAction[] = [
  { id: 'callNext', label: '叫号', keys: ['F1', 'n'], keyHint: 'F1 / N', endpoint: 'call-next', when: { window: ['open'], ticket: ['none'] }, kind: 'primary' },
  { id: 'recall', label: '重呼', keys: ['r'], keyHint: 'R', endpoint: 'recall', when: { window: ACTIVE, ticket: ['called'] }, kind: 'normal' },
  { id: 'start', label: '开始办理', keys: ['s'], keyHint: 'S', endpoint: 'start', when: { window: ACTIVE, ticket: ['called'] }, kind: 'primary' },
  { id: 'finish', label: '办结', keys: ['f'], keyHint: 'F', endpoint: 'finish', when: { window: ACTIVE, ticket: ['serving'] }, kind: 'primary' },
  { id: 'noShow', label: '过号', keys: ['x'], keyHint: 'X', endpoint: 'no-show', when: { window: ACTIVE, ticket: ['called'] }, kind: 'danger' },
  { id: 'hold', label: '挂起', keys: ['h'], keyHint: 'H', endpoint: 'hold', when: { window: ACTIVE, ticket: ['serving'] }, kind: 'normal' },
  { id: 'unhold', label: '恢复挂起', keys: ['u'], keyHint: 'U', endpoint: 'unhold', when: { window: ACTIVE, ticket: ['none'], needsHeld: true }, kind: 'normal' },
  { id: 'transfer', label: '转移', keys: ['t'], keyHint: 'T', endpoint: 'transfer', when: { window: ACTIVE, ticket: ['called', 'serving'] }, kind: 'normal' },
  { id: 'pause', label: '暂停服务', keys: ['p'], keyHint: 'P', endpoint: 'pause', when: { window: ['open'], ticket: ['none', 'called', 'serving'] }, kind: 'window' },
  { id: 'resume', label: '恢复服务', keys: ['p'], keyHint: 'P', endpoint: 'resume', when: { window: ['paused'], ticket: ['none', 'called', 'serving'] }, kind: 'window' },
  { id: 'open', label: '开启窗口', keys: ['o'], keyHint: 'O', endpoint: 'open', when: { window: ['closed'], ticket: ['none'] }, kind: 'window' },
  { id: 'close', label: '关闭窗口', keys: [], keyHint: '', endpoint: 'close', when: { window: ACTIVE, ticket: ['none'] }, kind: 'window' },
];

export interface ConsoleState {
  windowStatus: WindowStatus;
  ticketStatus: TicketStatus | null;
  heldCount: number;
  /** The signed-in clerk operates this window (always true for a closed one: opening makes them its operator). */
  mine: boolean;
}

export function isActionEnabled(when: ActionCondition, state: ConsoleState): boolean {
  if (!state.mine) return false;
  if (!when.window.includes(state.windowStatus)) return false;
  if (!when.ticket.includes(state.ticketStatus ?? 'none')) return false;
  return !when.needsHeld || state.heldCount > 0;
}

/** The action a key press means in this state, if any (P is pause or resume, whichever applies). */
export function actionForKey(key: string, state: ConsoleState, actions: ConsoleAction[] = CONSOLE_ACTIONS): ConsoleAction | null {
  const k = key.length === 1 ? key.toLowerCase() : key;
  return actions.find((a) => a.keys.includes(k) && isActionEnabled(a.when, state)) ?? null;
}
