import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import type { NotificationMessage } from '../notifications/domain/notification-kind';
import { NotificationOutbox } from '../notifications/notification-outbox';
import { mayReadRequest } from './domain/request-access';
import { RequestErrorCode } from './domain/request-errors';
import { requestLight } from './domain/request-light';
import { AUTO_CLOSE_AFTER_MS, nextRequestStatus, type RequestCommand, type RequestFacts, type RequestStatus } from './domain/request-state';
import type { RequestTask } from './entities/request-task.entity';
import { ResidentRequest } from './entities/request.entity';
import { appendRequestEvents, loadRequest, RequestTrailEntry, tasksOf } from './request-store';
import { RequestChangedEvent, RequestEvents } from './request.events';

export interface RequestContext {
  m: EntityManager;
  r: ResidentRequest;
  /** The request's department tasks as they were when the command began. */
  tasks: RequestTask[];
  user: AuthUser;
  now: number;
  /** Moves the request by the state machine (409 INVALID_TRANSITION when it refuses); returns the status it left. */
  transition(command: RequestCommand, facts?: RequestFacts): RequestStatus;
  trail(step: Omit<RequestTrailEntry, 'fromStatus' | 'toStatus'>): void;
  /** Messages to the resident, queued in the outbox inside the command's transaction. */
  notices: NotificationMessage[];
}

export interface RequestResult {
  action: string;
  /** Departments that newly received the request (request.assigned); the others holding it hear request.updated. */
  assignedTo?: string[];
}

/** The light and the sweep's next check (for a replied request: when it closes by itself). */
export function applyLight(r: ResidentRequest, now: number): void {
  const light = requestLight(now, r.status, r.reportedAt, { respondBy: r.respondBy, dueAt: r.dueAt });
  r.level = light.level;
  r.nextCheckAt = r.status === 'replied' && r.repliedAt !== null ? r.repliedAt + AUTO_CLOSE_AFTER_MS : light.nextCheckAt;
}

/**
 * Every command on a request in one shape and one transaction: load it and its tasks, check the user reaches
 * it (403 otherwise), act, recompute the light, save, write the trail; once committed, tell the rooms.
 */
@Injectable()
export class RequestCommandRunner {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
    private readonly outbox: NotificationOutbox,
  ) {}

  async run(id: number, user: AuthUser, act: (ctx: RequestContext) => Promise<RequestResult>): Promise<ResidentRequest> {
    const { r, events, queued } = await this.tx.run(async (m) => {
      const now = this.clock.now();
      const r = await loadRequest(m, id);
      const tasks = await tasksOf(m, r.id);
      if (!mayReadRequest(user, { ...r, tasks })) throw DomainError.forbidden(RequestErrorCode.REQUEST_FORBIDDEN, '无权处理该诉求');
      const trail: RequestTrailEntry[] = [];
      const ctx: RequestContext = {
        m, r, tasks, user, now, notices: [],
        transition: (command, facts) => {
          const from = r.status;
          r.status = nextRequestStatus(from, command, facts);
          return from;
        },
        trail: (step) => trail.push({ fromStatus: trail.length ? trail[trail.length - 1].toStatus : null, toStatus: r.status, ...step }),
      };
      const from = r.status;
      const result = await act(ctx);
      if (trail.length && trail[0].fromStatus === null) trail[0].fromStatus = from;
      applyLight(r, now);
      r.updatedAt = now;
      await m.save(ResidentRequest, r);
      await appendRequestEvents(m, r.id, user, now, ...trail);
      const queued = ctx.notices.length ? await this.outbox.enqueueAll(m, ctx.notices) : 0;
      return { r, queued, events: changedEvents(r, result, [...tasks, ...(await tasksOf(m, r.id))]) };
    });
    for (const e of events) this.events.publish(RequestEvents.CHANGED, e);
    this.outbox.nudge(queued);
    return r;
  }
}

/** request.assigned for the departments that newly received it, request.updated for the others that held it. */
export function changedEvents(r: ResidentRequest, result: RequestResult, tasks: Pick<RequestTask, 'departmentCode'>[]): RequestChangedEvent[] {
  const base = { requestId: r.id, requestNumber: r.requestNumber, categoryCode: r.categoryCode, hallCode: r.hallCode, status: r.status, level: r.level, action: result.action };
  const assigned = result.assignedTo ?? [];
  const others = [...new Set(tasks.map((t) => t.departmentCode))].filter((d) => !assigned.includes(d));
  const events: RequestChangedEvent[] = [];
  if (assigned.length) events.push({ ...base, kind: 'assigned', departments: assigned });
  events.push({ ...base, kind: 'updated', departments: others });
  return events;
}
