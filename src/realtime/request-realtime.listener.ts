import { Injectable } from '@nestjs/common';
import { OnDomainEvent } from '../events/domain-events';
import type { RequestLevel } from '../requests/domain/request-light';
import type { RequestStatus } from '../requests/domain/request-state';
import type { RequestChangeMessage } from '../requests/domain/request-views';
import { RequestChangedEvent, RequestEvents, RequestWarningEvent } from '../requests/request.events';
import { SocketEvent } from './domain/socket-events';
import { RealtimeGateway } from './realtime.gateway';
import { rooms } from './rooms';

const EVENT_OF = { reported: SocketEvent.REQUEST_REPORTED, assigned: SocketEvent.REQUEST_ASSIGNED, updated: SocketEvent.REQUEST_UPDATED } as const;

/**
 * 接诉即办 live: the dispatch room hears every request reported and every change; a department's room hears
 * `request.assigned` when it receives one and `request.updated` / `request.warning` while it holds it. The
 * messages carry numbers and statuses only, never the resident's phone or words.
 */
@Injectable()
export class RequestRealtimeListener {
  constructor(private readonly gateway: RealtimeGateway) {}

  @OnDomainEvent(RequestEvents.CHANGED)
  onChanged(e: RequestChangedEvent): void {
    const message = toMessage(e);
    const event = EVENT_OF[e.kind];
    for (const department of e.departments) this.gateway.server.to(rooms.department(department)).emit(event, { ...message, department });
    this.gateway.server.to(rooms.dispatch).emit(event, message);
  }

  @OnDomainEvent(RequestEvents.WARNING)
  onWarning(e: RequestWarningEvent): void {
    const message = toMessage(e);
    for (const department of e.departments) this.gateway.server.to(rooms.department(department)).emit(SocketEvent.REQUEST_WARNING, { ...message, department });
    this.gateway.server.to(rooms.dispatch).emit(SocketEvent.REQUEST_WARNING, message);
    this.gateway.server.to(rooms.supervision).emit(SocketEvent.REQUEST_WARNING, message);
  }
}

function toMessage(e: RequestChangedEvent | RequestWarningEvent): RequestChangeMessage {
  return { requestId: e.requestId, requestNumber: e.requestNumber, categoryCode: e.categoryCode, status: e.status as RequestStatus, level: e.level as RequestLevel | null };
}
