import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/domain/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { DomainError } from '../common/domain-error';
import { isTicketAtWindow } from '../queue/ticket.store';
import { BundleIntake } from './bundle-intake.service';
import { CaseClock } from './case-clock';
import { completeAtWindow } from './case-pickup';
import { CaseCommandRunner, CommandContext, CommandResult } from './case-command';
import { CaseDispatch } from './case-dispatch';
import { toCaseReceipt } from './case.mapper';
import { assertMayActOnCase } from './domain/case-access';
import { CaseErrorCode } from './domain/case-errors';
import { hasReason } from './domain/intake-decisions';
import { CheckedMaterial, checkMaterials, IntakeErrorCode, missingForNotice } from './domain/material-check';
import { AGENT_DECISIONS, filesAsAgent, intakeMaterials, mayFileAt, PointErrorCode } from './domain/point-agent';
import { AuthErrorCode } from '../auth/auth.errors';
import { CreateCaseDto } from './dto/create-case.dto';
import { insertReceivedCase } from './case-draft';

/** 前台综合受理: any window takes any item; the decision is made at the counter. */
@Injectable()
export class IntakeService {
  constructor(
    private readonly commands: CaseCommandRunner,
    private readonly catalog: CatalogService,
    private readonly clock: CaseClock,
    private readonly dispatch: CaseDispatch,
    private readonly bundles: BundleIntake,
  ) {}

  async create(dto: CreateCaseDto, user: AuthUser) {
    const byAgent = filesAsAgent(user);
    if (byAgent) assertAgentIntake(user, dto);
    else assertMayActOnCase(user, 'front_desk', []);
    const tz = await this.clock.timeZone(dto.hall);
    const detail = await this.catalog.getItem(dto.serviceItemCode, { includeInactive: true });
    const { item, departmentCodes, materials } = detail;
    if (!item.active) throw DomainError.unprocessable(CaseErrorCode.ITEM_NOT_AVAILABLE, `事项 ${item.name} 已停用`);
    if (dto.decision === 'reject' && !hasReason(dto.reason)) throw DomainError.unprocessable(IntakeErrorCode.REASON_REQUIRED, '不予受理须说明理由');
    if (item.kind === 'bundle') return this.bundles.create(dto, user, byAgent, detail); // 一件事一次办: a case per member
    const checked = checkMaterials(intakeMaterials(materials, byAgent, dto.materials.map((x) => x.code)), dto.materials, dto.decision, item.kind === 'immediate');

    const { c } = await this.commands.create(
      user,
      async (m, now) => {
        if (dto.ticketId !== undefined && !(await isTicketAtWindow(m, dto.ticketId, dto.hall))) {
          throw DomainError.unprocessable(CaseErrorCode.TICKET_NOT_AT_WINDOW, '该号票不在窗口办理中');
        }
        return insertReceivedCase(m, { dto, user, byAgent, item, materials: checked, tz, now });
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
        await completeAtWindow(ctx);
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
