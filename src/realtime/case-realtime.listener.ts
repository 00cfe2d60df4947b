import { Injectable } from '@nestjs/common';
import { ClusterBus } from '../cluster/cluster-bus';
import { CaseChangedEvent, CaseEvents, CaseWarningEvent } from '../cases/case.events';
import { PICKUP_STATUSES } from '../cases/view-models/case-intake.view-model';
import { OnDomainEvent } from '../events/domain-events';
import { CaseChange, CaseWarning, SocketEvent } from './domain/socket-events';
import { RealtimeGateway } from './realtime.gateway';
import { rooms } from './rooms';

/**
 * Department rooms hear `case.assigned` when a case reaches them and `case.updated` on every later change; the case's
 * hall room hears `case.pickup-changed` when it enters or leaves 待取件.
 */
@Injectable()
export class CaseRealtimeListener {
  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly bus: ClusterBus,
  ) {}

  @OnDomainEvent(CaseEvents.CHANGED)
  onCaseChanged(e: CaseChangedEvent): void {
    const message: CaseChange = { caseId: e.caseId, caseNumber: e.caseNumber, level: e.level, status: e.status, action: e.action };
    const event = e.kind === 'assigned' ? SocketEvent.CASE_ASSIGNED : SocketEvent.CASE_UPDATED;
    for (const department of e.departments) this.gateway.server.to(rooms.department(department)).emit(event, { ...message, department });
    this.gateway.server.to(rooms.supervision).emit(event, { ...message, departments: e.departments });
    // the hall's consoles re-count 待取件 when a case enters or leaves it (a command may publish two events: the client debounces)
    const pickup = (status: string) => PICKUP_STATUSES.includes(status);
    if (e.status !== e.previousStatus && (pickup(e.status) || pickup(e.previousStatus))) {
      this.gateway.server.to(rooms.hall(e.hallCode)).emit(SocketEvent.PICKUP_CHANGED, { hall: e.hallCode });
    }
  }

  /** 电子监察: the departments working the case and the supervision room see the light change live. */
  @OnDomainEvent(CaseEvents.WARNING)
  onCaseWarning(e: CaseWarningEvent): void {
    const message: CaseWarning = { caseId: e.caseId, caseNumber: e.caseNumber, level: e.level, previous: e.previous, supervised: e.supervised };
    // a midnight sweep can change thousands of lights: encode a message only for rooms someone is in
    // (known only for this process's own sockets: with several instances every room gets it)
    for (const department of e.departments) {
      if (this.occupied(rooms.department(department))) this.gateway.server.to(rooms.department(department)).emit(SocketEvent.CASE_WARNING, { ...message, department });
    }
    if (this.occupied(rooms.supervision)) this.gateway.server.to(rooms.supervision).emit(SocketEvent.CASE_WARNING, { ...message, departments: e.departments });
  }

  private occupied(room: string): boolean {
    return this.bus.clustered || (this.gateway.server.adapter.rooms.get(room)?.size ?? 0) > 0;
  }
}
