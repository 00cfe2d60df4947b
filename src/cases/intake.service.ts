import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/domain/auth-user';
import { businessDateInZone } from '../calendar/domain/iso-date';
import { CatalogService } from '../catalog/catalog.service';
import { DomainError } from '../common/domain-error';
import { isTicketAtWindow } from '../queue/ticket.store';
import { CaseClock } from './case-clock';
import { onTheSpotCollector, pickupPayload, recordPickup } from './case-pickup';
import { CaseCommandRunner, CommandContext, CommandResult } from './case-command';
import { CaseDispatch } from './case-dispatch';
import { toCaseReceipt } from './case.mapper';
import { assertMayActOnCase } from './domain/case-access';
import { CaseErrorCode } from './domain/case-errors';
import { formatCaseNumber, newQueryCode } from './domain/case-number';
import { hasReason } from './domain/intake-decisions';
import { CheckedMaterial, checkMaterials, IntakeErrorCode, missingForNotice } from './domain/material-check';
import { AGENT_DECISIONS, filesAsAgent, intakeMaterials, mayFileAt, PointErrorCode } from './domain/point-agent';
import { AuthErrorCode } from '../auth/auth.errors';
import { CreateCaseDto } from './dto/create-case.dto';
import { CaseMaterial } from './entities/case-material.entity';
import { Case } from './entities/case.entity';
import { bumpCounter } from '../database/counters';
import { insertReturningId } from '../database/dialect';

/** 前台综合受理: any window takes any item; the decision is made at the counter. */
@Injectable()
export class IntakeService {
  constructor(
    private readonly commands: CaseCommandRunner,
    private readonly catalog: CatalogService,
    private readonly clock: CaseClock,
    private readonly dispatch: CaseDispatch,
  ) {}

  async create(dto: CreateCaseDto, user: AuthUser) {
    const byAgent = filesAsAgent(user);
    if (byAgent) assertAgentIntake(user, dto);
    else assertMayActOnCase(user, 'front_desk', []);
    const tz = await this.clock.timeZone(dto.hall);
    const { item, departmentCodes, materials } = await this.catalog.getItem(dto.serviceItemCode, { includeInactive: true });
    if (!item.active) throw DomainError.unprocessable(CaseErrorCode.ITEM_NOT_AVAILABLE, `事项 ${item.name} 已停用`);
    if (dto.decision === 'reject' && !hasReason(dto.reason)) throw DomainError.unprocessable(IntakeErrorCode.REASON_REQUIRED, '不予受理须说明理由');
    const checked = checkMaterials(intakeMaterials(materials, byAgent, dto.materials.map((x) => x.code)), dto.materials, dto.decision, item.kind === 'immediate');

    const { c } = await this.commands.create(
      user,
      async (m, now) => {
        if (dto.ticketId !== undefined && !(await isTicketAtWindow(m, dto.ticketId, dto.hall))) {
          throw DomainError.unprocessable(CaseErrorCode.TICKET_NOT_AT_WINDOW, '该号票不在窗口办理中');
        }
        const day = businessDateInZone(now, tz);
        const draft: Omit<Case, 'id'> = {
          caseNumber: formatCaseNumber(dto.hall, day, await bumpCounter(m, 'case_counters', { hallCode: dto.hall, businessDate: day }, 'lastSerial')),
          queryCode: newQueryCode(),
          hallCode: dto.hall, ticketId: dto.ticketId ?? null,
          itemCode: item.code, itemName: item.name, kind: item.kind, status: 'received',
          applicantName: dto.applicant.name, applicantIdNumber: dto.applicant.idNumber, applicantPhone: dto.applicant.phone,
          ...(byAgent
            ? { agentType: 'proxy' as const, agentName: user.displayName, agentIdNumber: null, agentPhone: null } // the account is the agent (代办员)
            : { agentType: dto.agent?.type ?? null, agentName: dto.agent?.name ?? null, agentIdNumber: dto.agent?.idNumber ?? null, agentPhone: dto.agent?.phone ?? null }),
          promisedValue: item.promisedLimitValue, promisedUnit: item.promisedLimitUnit,
          statutoryValue: item.statutoryLimitValue, statutoryUnit: item.statutoryLimitUnit,
          receivedAt: now, acceptedAt: null, extensionDays: 0, pausedWorkingDays: 0, pausedMs: 0,
          dueDate: null, statutoryDueDate: null, dueAt: null, statutoryDueAt: null, supplyDueDate: null,
          warningLevel: null, supervised: false, nextCheckAt: null, decidedAt: null, decisionReason: null,
          deliveryMethod: null, trackingNo: null, deliveredAt: null,
          collectedByType: null, collectedByName: null, collectedByIdNumber: null, deliveredBy: null, deliveredAtWindow: null, reason: dto.reason ?? null, createdBy: user.id, updatedAt: now,
          workingDaysTaken: null, decidedOnTime: null, visits: 0, filedByAgent: byAgent,
        };
        const created = { ...draft, id: await insertReturningId(m, Case, draft) } as Case;
        await m.insert(CaseMaterial, checked.map((mat, i) => ({
          caseId: created.id, code: mat.code, name: mat.name, required: mat.required, deferrable: mat.deferrable, status: mat.status, suppliedAt: null, sortOrder: i,
        })));
        return created;
      },
      async (ctx) => {
        ctx.trail({ action: 'receive', fromStatus: null, toStatus: 'received', payload: { ticketId: ctx.c.ticketId, agentType: ctx.c.agentType } });
        return this.decide(ctx, dto, departmentCodes, checked);
      },
    );

    const missing = missingForNotice(checked);
    return { ...toCaseReceipt(c, departmentCodes, tz), missingMaterials: dto.decision === 'notify' ? missing.map((x) => ({ code: x.code, name: x.name })) : [] };
  }

  /** The decision at the counter, on the case just received. */
  private async decide(ctx: CommandContext, dto: CreateCaseDto, departments: string[], checked: CheckedMaterial[]): Promise<CommandResult> {
    switch (dto.decision) {
      case 'accept':
        await this.dispatch.acceptAndDispatch(ctx, departments, dto.supplyDueDate);
        return { action: 'accept', assignedTo: departments };
      case 'notify': {
        const missing = missingForNotice(checked);
        ctx.transition('notify');
        ctx.trail({ action: 'notify', reason: dto.reason ?? null, payload: { missing: missing.map((x) => x.code), missingNames: missing.map((x) => x.name) } });
        return { action: 'notify' };
      }
      case 'reject':
        ctx.transition('reject');
        ctx.trail({ action: 'reject', reason: dto.reason });
        return { action: 'reject' };
      case 'complete':
        // 即办: decided on the spot and handed over at the window
        ctx.transition('complete');
        ctx.trail({ action: 'complete' });
        ctx.transition('deliver');
        Object.assign(ctx.c, { acceptedAt: ctx.now, decidedAt: ctx.now, deliveredAt: ctx.now, deliveryMethod: 'window' as const });
        // handed over to whoever stands at the counter: the proxy (代办) for the applicant, else the applicant
        await recordPickup(ctx, onTheSpotCollector(ctx.c));
        ctx.trail({ action: 'deliver', payload: pickupPayload(ctx.c) });
        return { action: 'complete' };
    }
  }
}

/** An agent (代办员) files at its own point, as the agent on the case, accepting or noting what is missing. */
function assertAgentIntake(user: AuthUser, dto: CreateCaseDto): void {
  if (!mayFileAt(user, dto.hall)) throw DomainError.forbidden(AuthErrorCode.HALL_FORBIDDEN, `代办员只能在所在服务点 ${user.hallCodes.join('、')} 代办`);
  if (dto.agent !== undefined) throw DomainError.unprocessable(PointErrorCode.AGENT_FROM_ACCOUNT, '代办员以本人账号代办，无需另填代办人');
  if (dto.ticketId !== undefined || !AGENT_DECISIONS.includes(dto.decision)) {
    throw DomainError.unprocessable(PointErrorCode.AGENT_DECISION_NOT_ALLOWED, '代办员只能提交办件或登记缺少的材料');
  }
}
