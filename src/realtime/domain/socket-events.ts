import type { ErrorEnvelope } from '../../common/domain/error-envelope';
import type { HallLayoutView, HallSubject } from '../../halls/domain/hall-layout';
import type { WindowStatus } from '../../halls/domain/window-kind';
import type { BoardSnapshot, BoardState } from '../../queue/domain/board';
import type { RequestChangeMessage } from '../../requests/domain/request-views';

/**
 * The realtime contract: socket event names and their payloads, for the gateway, the listeners and the
 * browser's realtime client alike. Types and consts only (browser code imports it).
 */
export const REALTIME_NAMESPACE = '/realtime';

export const SocketEvent = {
  /** client → server, acked with SubscribeAck */
  SUBSCRIBE: 'subscribe',
  TICKET_CALLED: 'ticket.called',
  BOARD_UPDATED: 'board.updated',
  WINDOW_UPDATED: 'window.updated',
  CASE_ASSIGNED: 'case.assigned',
  CASE_UPDATED: 'case.updated',
  CASE_WARNING: 'case.warning',
  RECTIFICATION_UPDATED: 'rectification.updated',
  HALL_CHANGED: 'hall.changed',
  PICKUP_CHANGED: 'case.pickup-changed',
  REQUEST_REPORTED: 'request.reported',
  REQUEST_ASSIGNED: 'request.assigned',
  REQUEST_UPDATED: 'request.updated',
  REQUEST_WARNING: 'request.warning',
} as const;

/** `{hall}` for a hall screen, `{hall, window}` for a window screen, `{department}`, `{supervision: true}` or `{dispatch: true}` for staff. */
export interface SubscribeRequest {
  hall?: string;
  window?: number;
  department?: string;
  supervision?: true;
  dispatch?: true;
}

export type HallSubscribed = { ok: true } & BoardSnapshot;
export interface DepartmentSubscribed {
  ok: true;
  department: string;
}
export interface SupervisionSubscribed {
  ok: true;
  supervision: true;
}
export interface SubscribeFailed {
  ok: false;
  /** Over the per-connection limit: 429 `RATE_LIMITED` with `retryAfterSeconds` (also in `details`). */
  error: ErrorEnvelope & { retryAfterSeconds?: number };
}
/** The dispatch room (指挥调度): every resident request reported, assigned, updated or turning yellow/red. */
export interface DispatchSubscribed {
  ok: true;
  dispatch: true;
}
export type SubscribeAck = HallSubscribed | DepartmentSubscribed | SupervisionSubscribed | DispatchSubscribed | SubscribeFailed;

/** Hall room: a resident is called to a window. `seq` continues the hall's board sequence. */
export interface TicketCalledMessage {
  seq: number;
  hall: string;
  number: string;
  windowNumber: number;
  windowName: string;
  queueCode: string;
  /** ISO time in the hall's zone. */
  calledAt: string;
  recall: boolean;
  /** Present (true) for a ticket of an appointment (预约). */
  appointment?: true;
}

/** Hall room: waiting counts and window states changed (coalesced per hall). */
export interface BoardUpdatedMessage extends BoardState {
  seq: number;
}

/** Window room: the window's status or current ticket changed. */
export interface WindowUpdatedMessage {
  hallCode: string;
  windowNumber: number;
  status: WindowStatus;
  currentNumber: string | null;
}

/**
 * Hall room: an administrator changed the hall, a queue or a window; `layout` is the whole new set-up (as
 * GET /api/v1/halls/{hall}, no personal data), so a screen or console redraws without asking again.
 */
export interface HallChangedMessage {
  hall: string;
  subject: HallSubject;
  /** The queue code or window number that changed, or the hall code. */
  subjectId: string;
  change: 'created' | 'updated';
  layout: HallLayoutView;
}

/** A department room hears its own code; the supervision room hears every department concerned. */
export type ToDepartmentOrSupervision<T> = (T & { department: string }) | (T & { departments: string[] });

export interface CaseChange {
  caseId: number;
  caseNumber: string;
  level: string | null;
  status: string;
  action: string;
}
/** case.assigned (a department received the case) and case.updated (any later change). */
export type CaseChangedMessage = ToDepartmentOrSupervision<CaseChange>;

export interface CaseWarning {
  caseId: number;
  caseNumber: string;
  level: string | null;
  previous: string | null;
  supervised: boolean;
}
export type CaseWarningMessage = ToDepartmentOrSupervision<CaseWarning>;

export interface RectificationChange {
  rectificationId: number;
  action: string;
  status: string;
  dueDate: string;
  ownerType: 'department' | 'window';
}
/** The owning department's room, or the supervision room (which also learns the hall and window). */
export type RectificationUpdatedMessage =
  | (RectificationChange & { department: string })
  | (RectificationChange & { department: string | null; hall: string; windowNumber: number | null });

/** Hall room: a case of the hall entered or left 待取件; consoles re-count (no case data: the hall room is public). */
export interface PickupChangedMessage {
  hall: string;
}

/** Server → client: event name → payload. */
export interface ServerEvents {
  [SocketEvent.TICKET_CALLED]: TicketCalledMessage;
  [SocketEvent.BOARD_UPDATED]: BoardUpdatedMessage;
  [SocketEvent.WINDOW_UPDATED]: WindowUpdatedMessage;
  [SocketEvent.CASE_ASSIGNED]: CaseChangedMessage;
  [SocketEvent.CASE_UPDATED]: CaseChangedMessage;
  [SocketEvent.CASE_WARNING]: CaseWarningMessage;
  [SocketEvent.RECTIFICATION_UPDATED]: RectificationUpdatedMessage;
  [SocketEvent.HALL_CHANGED]: HallChangedMessage;
  [SocketEvent.PICKUP_CHANGED]: PickupChangedMessage;
  [SocketEvent.REQUEST_REPORTED]: RequestChangeMessage;
  [SocketEvent.REQUEST_ASSIGNED]: RequestChangeMessage;
  [SocketEvent.REQUEST_UPDATED]: RequestChangeMessage;
  [SocketEvent.REQUEST_WARNING]: RequestChangeMessage;
}
export type ServerEventName = keyof ServerEvents;

/** The same maps in Socket.IO's shape: `Namespace<ClientToServerEvents, ServerToClientEvents>`, `Socket<ServerToClientEvents, ClientToServerEvents>`. */
export type ServerToClientEvents = { [K in ServerEventName]: (payload: ServerEvents[K]) => void };
export interface ClientToServerEvents {
  [SocketEvent.SUBSCRIBE]: (request: SubscribeRequest, ack: (answer: SubscribeAck) => void) => void;
}
