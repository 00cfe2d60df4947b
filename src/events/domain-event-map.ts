import type { AuthEventMap } from '../auth/auth.events';
import type { CalendarEventMap } from '../calendar/calendar.events';
import type { CaseEventMap } from '../cases/case.events';
import type { DeviceEventMap } from '../devices/devices.events';
import type { EvaluationEventMap } from '../evaluations/evaluation.events';
import type { HallEventMap } from '../halls/hall.events';
import type { NotificationEventMap } from '../notifications/notification.events';
import type { QueueEventMap } from '../queue/queue.events';
import type { RequestEventMap } from '../requests/request.events';

/** Every in-process domain event (EventEmitter2) → its payload. A feature adds its map here. */
export interface DomainEventMap extends QueueEventMap, CaseEventMap, EvaluationEventMap, HallEventMap, AuthEventMap, DeviceEventMap, CalendarEventMap, RequestEventMap, NotificationEventMap {}

export type DomainEventName = keyof DomainEventMap;
