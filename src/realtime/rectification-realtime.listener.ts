import { Injectable } from '@nestjs/common';
import { EvaluationEvents, RectificationChangedEvent } from '../evaluations/evaluation.events';
import { OnDomainEvent } from '../events/domain-events';
import { RectificationChange, SocketEvent } from './domain/socket-events';
import { RealtimeGateway } from './realtime.gateway';
import { rooms } from './rooms';

/** 差评整改: the owning department (or the supervision room, for window tasks too) hears every step live. */
@Injectable()
export class RectificationRealtimeListener {
  constructor(private readonly gateway: RealtimeGateway) {}

  @OnDomainEvent(EvaluationEvents.RECTIFICATION_CHANGED)
  onRectificationChanged(e: RectificationChangedEvent): void {
    const message: RectificationChange = { rectificationId: e.rectificationId, action: e.action, status: e.status, dueDate: e.dueDate, ownerType: e.ownerType };
    if (e.departmentCode) this.gateway.server.to(rooms.department(e.departmentCode)).emit(SocketEvent.RECTIFICATION_UPDATED, { ...message, department: e.departmentCode });
    this.gateway.server.to(rooms.supervision).emit(SocketEvent.RECTIFICATION_UPDATED, { ...message, department: e.departmentCode, hall: e.hallCode, windowNumber: e.windowNumber });
  }
}
