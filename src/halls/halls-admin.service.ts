import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { recordAdminChange } from '../audit/audit.store';
import type { AuditActor } from '../audit/domain/audit-entry';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { HallErrorCode } from './domain/hall-errors';
import type { HallSummaryView } from './domain/hall-layout';
import {
  canonicalTimeZone,
  canRekindWindow,
  DEFAULT_OPENING_HOURS,
  HallKind,
  OpeningInterval,
  openingHoursProblem,
  placementProblem,
  RuleProblem,
  sortOpeningHours,
  timeZoneProblem,
  windowQueuesProblem,
} from './domain/hall-rules';
import type { CreateHallDto, CreateQueueDto, CreateWindowDto, UpdateHallDto, UpdateQueueDto, UpdateWindowDto } from './dto/hall-admin.dto';
import { HallWindow } from './hall-window.entity';
import { HallChangedEvent, HallEvents } from './hall.events';
import { Hall } from './hall.entity';
import { HallsService } from './halls.service';
import { ServiceQueue } from './service-queue.entity';

const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

function refuse(problem: RuleProblem | null): void {
  if (problem) throw DomainError.unprocessable(problem.code, problem.message);
}

/**
 * Administration of halls (a centre and its points), their queues and windows. One transaction per command;
 * after commit the layout cache is dropped and `halls.changed` published, which the realtime listener sends
 * to the hall's room so open consoles and screens learn the new set-up.
 */
@Injectable()
export class HallsAdminService {
  private readonly logger = new Logger('HallsAdmin');

  constructor(
    private readonly tx: TransactionRunner,
    private readonly halls: HallsService,
    private readonly events: DomainEvents,
    private readonly clock: Clock,
  ) {}

  async listHalls(): Promise<HallSummaryView[]> {
    return (await this.halls.listHalls()).map((h) => ({ code: h.code, name: h.name, kind: h.kind, parentHall: h.parentHall }));
  }

  async createHall(body: CreateHallDto, actor: AuditActor): Promise<void> {
    const kind: HallKind = body.kind ?? (body.parentHall ? 'point' : 'centre');
    const hall: Hall = {
      code: body.code,
      name: body.name.trim(),
      timeZone: body.timeZone ?? DEFAULT_TIME_ZONE,
      kind,
      parentHall: body.parentHall ?? null,
      openingHours: this.openingHours(body.openingHours) ?? [...DEFAULT_OPENING_HOURS],
    };
    refuse(timeZoneProblem(hall.timeZone));
    hall.timeZone = canonicalTimeZone(hall.timeZone);
    await this.command(async (m) => {
      const codes = (await m.find(Hall, { select: { code: true } })).map((h) => h.code.toUpperCase());
      if (codes.includes(hall.code.toUpperCase())) throw DomainError.conflict(HallErrorCode.HALL_EXISTS, `服务大厅 ${hall.code} 已存在`);
      refuse(placementProblem(hall.code, hall.kind, hall.parentHall, await this.kindOf(m, hall.parentHall)));
      await m.insert(Hall, hall);
      await recordAdminChange(m, { at: this.clock.now(), actor, action: 'hall.create', subjectType: 'hall', subjectId: hall.code, before: null, after: { ...hall } });
      return { hallCode: hall.code, subject: 'hall', subjectId: hall.code, change: 'created' };
    });
  }

  async updateHall(hallCode: string, body: UpdateHallDto, actor: AuditActor): Promise<void> {
    if (body.timeZone !== undefined) refuse(timeZoneProblem(body.timeZone));
    const timeZone = body.timeZone === undefined ? undefined : canonicalTimeZone(body.timeZone);
    const openingHours = this.openingHours(body.openingHours);
    await this.command(async (m) => {
      const hall = await this.requireHall(m, hallCode);
      const kind = body.kind ?? hall.kind;
      const parentHall = body.parentHall !== undefined ? body.parentHall : kind === 'centre' ? null : hall.parentHall;
      const points = kind === 'point' && hall.kind === 'centre' ? await m.count(Hall, { where: { parentHall: hallCode } }) : 0;
      refuse(placementProblem(hallCode, kind, parentHall, await this.kindOf(m, parentHall), points));
      const after = {
        name: body.name?.trim() ?? hall.name,
        timeZone: timeZone ?? hall.timeZone,
        kind,
        parentHall,
        openingHours: openingHours ?? hall.openingHours,
      };
      await m.update(Hall, { code: hallCode }, after);
      await recordAdminChange(m, { at: this.clock.now(), actor, action: 'hall.update', subjectType: 'hall', subjectId: hallCode, before: { ...hall }, after: { ...hall, ...after } });
      return { hallCode, subject: 'hall', subjectId: hallCode, change: 'updated' };
    });
  }

  async createQueue(hallCode: string, body: CreateQueueDto, actor: AuditActor): Promise<void> {
    await this.command(async (m) => {
      await this.requireHall(m, hallCode);
      const queues = await m.find(ServiceQueue, { where: { hallCode } });
      if (queues.some((q) => q.code === body.code)) throw DomainError.conflict(HallErrorCode.QUEUE_EXISTS, `队列 ${body.code} 已存在`);
      const sortOrder = queues.reduce((max, q) => Math.max(max, q.sortOrder + 1), 0);
      await m.insert(ServiceQueue, { hallCode, code: body.code, name: body.name.trim(), sortOrder });
      await recordAdminChange(m, {
        at: this.clock.now(), actor, action: 'queue.create', subjectType: 'queue', subjectId: `${hallCode}/${body.code}`,
        before: null, after: { hallCode, code: body.code, name: body.name.trim() },
      });
      return { hallCode, subject: 'queue', subjectId: body.code, change: 'created' };
    });
  }

  async updateQueue(hallCode: string, code: string, body: UpdateQueueDto, actor: AuditActor): Promise<void> {
    await this.command(async (m) => {
      await this.requireHall(m, hallCode);
      const queue = await m.findOneBy(ServiceQueue, { hallCode, code });
      if (!queue) throw DomainError.notFound(HallErrorCode.QUEUE_NOT_FOUND, `队列 ${code} 不存在`);
      await m.update(ServiceQueue, { hallCode, code }, { name: body.name.trim() });
      await recordAdminChange(m, {
        at: this.clock.now(), actor, action: 'queue.update', subjectType: 'queue', subjectId: `${hallCode}/${code}`,
        before: { name: queue.name }, after: { name: body.name.trim() },
      });
      return { hallCode, subject: 'queue', subjectId: code, change: 'updated' };
    });
  }

  async createWindow(hallCode: string, body: CreateWindowDto, actor: AuditActor): Promise<void> {
    const now = this.clock.now();
    await this.command(async (m) => {
      await this.requireHall(m, hallCode);
      refuse(windowQueuesProblem(body.kind, body.queueCodes, await this.queueCodes(m, hallCode)));
      if (await m.exists(HallWindow, { where: { hallCode, number: body.number } })) {
        throw DomainError.conflict(HallErrorCode.WINDOW_EXISTS, `窗口 ${body.number} 已存在`);
      }
      await m.insert(HallWindow, { hallCode, number: body.number, name: body.name.trim(), kind: body.kind, queueCodes: body.queueCodes, status: 'closed', updatedAt: now });
      await recordAdminChange(m, {
        at: now, actor, action: 'window.create', subjectType: 'window', subjectId: `${hallCode}/${body.number}`,
        before: null, after: { hallCode, number: body.number, name: body.name.trim(), kind: body.kind, queueCodes: body.queueCodes },
      });
      return { hallCode, subject: 'window', subjectId: String(body.number), change: 'created' };
    });
  }

  async updateWindow(hallCode: string, number: number, body: UpdateWindowDto, actor: AuditActor): Promise<void> {
    await this.command(async (m) => {
      await this.requireHall(m, hallCode);
      const w = await m.findOneBy(HallWindow, { hallCode, number });
      if (!w) throw DomainError.notFound(HallErrorCode.WINDOW_NOT_FOUND, `窗口 ${number} 不存在`);
      const kind = body.kind ?? w.kind;
      if (!canRekindWindow(w.status, w.kind, kind)) {
        throw DomainError.conflict(HallErrorCode.WINDOW_OPEN, `窗口 ${number} 正在办理业务，关闭后才能改变类型`);
      }
      // turning a window comprehensive drops its list; the other way round it must name its queues
      const queueCodes = body.queueCodes ?? (kind === 'comprehensive' ? [] : w.queueCodes);
      refuse(windowQueuesProblem(kind, queueCodes, await this.queueCodes(m, hallCode)));
      const after = { name: body.name?.trim() ?? w.name, kind, queueCodes };
      await m.update(HallWindow, { id: w.id }, after);
      await recordAdminChange(m, {
        at: this.clock.now(), actor, action: 'window.update', subjectType: 'window', subjectId: `${hallCode}/${number}`,
        before: { name: w.name, kind: w.kind, queueCodes: w.queueCodes }, after,
      });
      return { hallCode, subject: 'window', subjectId: String(number), change: 'updated' };
    });
  }

  /** One transaction; after commit the cached layout goes and the change is published. */
  private async command(work: (m: EntityManager) => Promise<HallChangedEvent>): Promise<void> {
    const event = await this.tx.run(work);
    this.halls.invalidate(event.hallCode);
    this.logger.log(`${event.subject} ${event.subjectId} of hall ${event.hallCode} ${event.change}`);
    this.events.publish(HallEvents.CHANGED, event);
  }

  private openingHours(hours: OpeningInterval[] | undefined): OpeningInterval[] | null {
    if (hours === undefined) return null;
    refuse(openingHoursProblem(hours));
    return sortOpeningHours(hours);
  }

  private async requireHall(m: EntityManager, hallCode: string): Promise<Hall> {
    const hall = await m.findOneBy(Hall, { code: hallCode });
    if (!hall) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, `服务大厅 ${hallCode} 不存在`);
    return hall;
  }

  private async kindOf(m: EntityManager, hallCode: string | null): Promise<HallKind | null> {
    if (hallCode === null) return null;
    return (await m.findOneBy(Hall, { code: hallCode }))?.kind ?? null;
  }

  private async queueCodes(m: EntityManager, hallCode: string): Promise<string[]> {
    return (await m.find(ServiceQueue, { where: { hallCode }, select: { code: true } })).map((q) => q.code);
  }
}
