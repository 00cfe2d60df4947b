import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { EntityManager, In } from 'typeorm';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { CatalogService } from '../catalog/catalog.service';
import type { AuthUser } from '../auth/domain/auth-user';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { Ticket } from '../queue/ticket.entity';
import { CaseClock } from './case-clock';
import { CaseDispatch } from './case-dispatch';
import { saveCase } from './case-store';
import { appendCaseEvents } from './case-trail';
import { CaseChangedEvent, CaseEvents } from './case.events';
import { toCaseReceipt } from './case.mapper';
import { assertMayActOnCase } from './domain/case-access';
import { CaseErrorCode } from './domain/case-errors';
import { hasReason } from './domain/intake-decisions';
import { formatCaseNumber, newQueryCode } from './domain/case-number';
import { nextCaseStatus } from './domain/case-state';
import { checkMaterials, IntakeErrorCode, missingForNotice } from './domain/material-check';
import { CreateCaseDto } from './dto/create-case.dto';
import { CaseCounter } from './entities/case-counter.entity';
import { CaseMaterial } from './entities/case-material.entity';
import { Case } from './entities/case.entity';

/** 前台综合受理: any window takes any item; the decision is made at the counter. */
@Injectable()
export class IntakeService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly catalog: CatalogService,
    private readonly clock: CaseClock,
    private readonly dispatch: CaseDispatch,
    private readonly events: EventEmitter2,
  ) {}

  async create(dto: CreateCaseDto, user: AuthUser) {
    assertMayActOnCase(user, 'front_desk', []);
    const tz = await this.clock.timeZone(dto.hall);
    const { item, departmentCodes, materials } = await this.catalog.getItem(dto.serviceItemCode, { includeInactive: true });
    if (!item.active) throw DomainError.unprocessable(CaseErrorCode.ITEM_NOT_AVAILABLE, `事项 ${item.name} 已停用`);
    if (dto.decision === 'reject' && !hasReason(dto.reason)) throw DomainError.unprocessable(IntakeErrorCode.REASON_REQUIRED, '不予受理须说明理由');
    const checked = checkMaterials(materials, dto.materials, dto.decision, item.kind === 'immediate');

    const c = await this.tx.run(async (m) => {
      const now = this.clock.now();
      if (dto.ticketId !== undefined) await this.assertTicketAtWindow(m, dto.ticketId, dto.hall);
      const day = businessDateInZone(now, tz);
      const draft: Omit<Case, 'id'> = {
        caseNumber: formatCaseNumber(dto.hall, day, await this.nextSerial(m, dto.hall, day)),
        queryCode: newQueryCode(),
        hallCode: dto.hall, ticketId: dto.ticketId ?? null,
        itemCode: item.code, itemName: item.name, kind: item.kind, status: 'received',
        applicantName: dto.applicant.name, applicantIdNumber: dto.applicant.idNumber, applicantPhone: dto.applicant.phone,
        agentType: dto.agent?.type ?? null, agentName: dto.agent?.name ?? null, agentIdNumber: dto.agent?.idNumber ?? null, agentPhone: dto.agent?.phone ?? null,
        promisedValue: item.promisedLimitValue, promisedUnit: item.promisedLimitUnit,
        statutoryValue: item.statutoryLimitValue, statutoryUnit: item.statutoryLimitUnit,
        receivedAt: now, acceptedAt: null, extensionDays: 0, pausedWorkingDays: 0, pausedMs: 0,
        dueDate: null, statutoryDueDate: null, dueAt: null, statutoryDueAt: null, supplyDueDate: null,
        warningLevel: null, supervised: false, nextCheckAt: null, decidedAt: null, decisionReason: null,
        deliveryMethod: null, trackingNo: null, deliveredAt: null, reason: dto.reason ?? null, createdBy: user.id, updatedAt: now,
      };
      const inserted = await m.createQueryBuilder().insert().into(Case).values(draft).updateEntity(false).execute();
      const created = { ...draft, id: Number(inserted.identifiers[0]?.id ?? inserted.raw) } as Case;
      await m.insert(CaseMaterial, checked.map((mat, i) => ({
        caseId: created.id, code: mat.code, name: mat.name, required: mat.required, deferrable: mat.deferrable, status: mat.status, suppliedAt: null, sortOrder: i,
      })));
      await appendCaseEvents(m, created.id, user, now, { action: 'receive', fromStatus: null, toStatus: 'received', payload: { ticketId: created.ticketId, agentType: created.agentType } });
      await this.decide(m, created, dto, departmentCodes, checked, user, now);
      await saveCase(m, created, now);
      return created;
    });

    const missing = missingForNotice(checked);
    this.publish(c, departmentCodes);
    return { ...toCaseReceipt(c, departmentCodes, tz), missingMaterials: dto.decision === 'notify' ? missing.map((x) => ({ code: x.code, name: x.name })) : [] };
  }

  private async decide(m: EntityManager, c: Case, dto: CreateCaseDto, departments: string[], checked: ReturnType<typeof checkMaterials>, user: AuthUser, now: number) {
    switch (dto.decision) {
      case 'accept':
        return this.dispatch.acceptAndDispatch(m, c, departments, user, now, dto.supplyDueDate);
      case 'notify': {
        const missing = missingForNotice(checked);
        c.status = nextCaseStatus(c.status, 'notify');
        return appendCaseEvents(m, c.id, user, now, {
          action: 'notify', fromStatus: 'received', toStatus: c.status, reason: dto.reason ?? null,
          payload: { missing: missing.map((x) => x.code), missingNames: missing.map((x) => x.name) },
        });
      }
      case 'reject':
        c.status = nextCaseStatus(c.status, 'reject');
        return appendCaseEvents(m, c.id, user, now, { action: 'reject', fromStatus: 'received', toStatus: c.status, reason: dto.reason });
      case 'complete': {
        // 即办: decided on the spot and handed over at the window
        c.status = nextCaseStatus(nextCaseStatus(c.status, 'complete'), 'deliver');
        Object.assign(c, { acceptedAt: now, decidedAt: now, deliveredAt: now, deliveryMethod: 'window' as const });
        return appendCaseEvents(
          m, c.id, user, now,
          { action: 'complete', fromStatus: 'received', toStatus: 'decided_approved' },
          { action: 'deliver', fromStatus: 'decided_approved', toStatus: c.status, payload: { method: 'window' } },
        );
      }
    }
  }

  /** The case's ticket must be the one being served at a window of this hall. */
  private async assertTicketAtWindow(m: EntityManager, ticketId: number, hallCode: string): Promise<void> {
    const ticket = await m.findOneBy(Ticket, { id: ticketId, hallCode, status: In(['called', 'serving', 'on_hold']) });
    if (!ticket) throw DomainError.unprocessable(CaseErrorCode.TICKET_NOT_AT_WINDOW, '该号票不在窗口办理中');
  }

  private async nextSerial(m: EntityManager, hallCode: string, businessDate: string): Promise<number> {
    const key = { hallCode, businessDate };
    const bumped = await m.createQueryBuilder().update(CaseCounter).set({ lastSerial: () => '"lastSerial" + 1' }).where(key).execute();
    if (!bumped.affected) {
      await m.insert(CaseCounter, { ...key, lastSerial: 1 });
      return 1;
    }
    return (await m.findOneByOrFail(CaseCounter, key)).lastSerial;
  }

  private publish(c: Case, departments: string[]): void {
    if (c.status !== 'dispatched') return;
    this.events.emit(CaseEvents.CHANGED, {
      kind: 'assigned', caseId: c.id, caseNumber: c.caseNumber, status: c.status, level: c.warningLevel, action: 'accept', departments,
    } satisfies CaseChangedEvent);
  }
}
