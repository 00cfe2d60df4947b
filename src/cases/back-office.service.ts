import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Department } from '../catalog/department.entity';
import type { AuthUser } from '../auth/domain/auth-user';
import { DomainError } from '../common/domain-error';
import { IntakeErrorCode } from './domain/material-check';
import { CaseClock } from './case-clock';
import { CaseCommandRunner, CommandContext } from './case-command';
import { caseFacts, openSuspension, pendingExtension } from './case-store';
import { appendCaseEvents } from './case-trail';
import { CaseErrorCode } from './domain/case-errors';
import { ACTIVE_TASK_STATUSES, activeTaskOf, assertCaseAction, CaseActionId, extensionTooLong, isActiveTask, refusalError } from './domain/case-policy';
import { nextCaseStatus } from './domain/case-state';
import { DecideDto, EscalateDto, RejectExtensionDto, RequestExtensionDto, ReturnCaseDto, SuspendDto, TransferCaseDto } from './dto/case-actions.dto';
import { CaseExtension } from './entities/case-extension.entity';
import { CaseMaterial } from './entities/case-material.entity';
import { CaseSuspension } from './entities/case-suspension.entity';
import { CaseTask } from './entities/case-task.entity';

/** 派单后台办理: what a department's officers and head do with a case. */
@Injectable()
export class BackOfficeService {
  constructor(
    private readonly commands: CaseCommandRunner,
    private readonly clock: CaseClock,
  ) {}

  claim(id: number, user: AuthUser) {
    return this.commands.run(id, user, async (ctx) => {
      const task = await this.allow(ctx, 'claim');
      const from = ctx.c.status;
      ctx.c.status = nextCaseStatus(ctx.c.status, 'claim');
      await ctx.m.update(CaseTask, { id: task.id }, { status: 'in_progress', assigneeId: ctx.user.id, claimedAt: ctx.now });
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, { action: 'claim', fromStatus: from, toStatus: ctx.c.status, departmentCode: task.departmentCode, payload: { department: task.departmentCode } });
      return { action: 'claim' };
    });
  }

  suspend(id: number, user: AuthUser, dto: SuspendDto) {
    return this.commands.run(id, user, async (ctx) => {
      const task = await this.allow(ctx, 'suspend');
      ctx.c.status = nextCaseStatus(ctx.c.status, 'suspend');
      await ctx.m.insert(CaseSuspension, { caseId: ctx.c.id, type: dto.type, reason: dto.reason, startedAt: ctx.now, endedAt: null, workingDays: null, startedBy: ctx.user.id });
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, { action: 'suspend', fromStatus: 'in_progress', toStatus: ctx.c.status, departmentCode: task.departmentCode, reason: dto.reason, payload: { type: dto.type } });
      return { action: 'suspend' };
    });
  }

  resume(id: number, user: AuthUser) {
    return this.commands.run(id, user, async (ctx) => {
      const task = await this.allow(ctx, 'resume');
      ctx.c.status = nextCaseStatus(ctx.c.status, 'resume');
      const pause = (await openSuspension(ctx.m, ctx.c.id))!;
      const workingDays = await this.clock.pausedWorkingDays(ctx.c.hallCode, pause.startedAt, ctx.now);
      await ctx.m.update(CaseSuspension, { id: pause.id }, { endedAt: ctx.now, workingDays });
      ctx.c.pausedWorkingDays += workingDays;
      ctx.c.pausedMs += ctx.now - pause.startedAt;
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, { action: 'resume', fromStatus: 'suspended', toStatus: ctx.c.status, departmentCode: task.departmentCode, payload: { workingDays } });
      return { action: 'resume' };
    });
  }

  requestExtension(id: number, user: AuthUser, dto: RequestExtensionDto) {
    return this.commands.run(id, user, async (ctx) => {
      const task = await this.allow(ctx, 'extension');
      const tooLong = extensionTooLong(ctx.c, dto.days);
      if (tooLong) throw refusalError(tooLong);
      await ctx.m.insert(CaseExtension, { caseId: ctx.c.id, departmentCode: task.departmentCode, days: dto.days, reason: dto.reason, status: 'pending', requestedBy: ctx.user.id, requestedAt: ctx.now, decidedBy: null, decidedAt: null, decisionReason: null });
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, { action: 'request_extension', fromStatus: ctx.c.status, toStatus: ctx.c.status, departmentCode: task.departmentCode, reason: dto.reason, payload: { days: dto.days } });
      return { action: 'request_extension' };
    });
  }

  approveExtension(id: number, user: AuthUser) {
    return this.decideExtension(id, user, 'approved');
  }

  rejectExtension(id: number, user: AuthUser, dto: RejectExtensionDto) {
    return this.decideExtension(id, user, 'rejected', dto.reason);
  }

  returnToFrontDesk(id: number, user: AuthUser, dto: ReturnCaseDto) {
    return this.commands.run(id, user, async (ctx) => {
      const task = await this.allow(ctx, 'return');
      ctx.c.status = nextCaseStatus(ctx.c.status, 'return');
      const materials = await ctx.m.findBy(CaseMaterial, { caseId: ctx.c.id });
      const unknown = dto.missingMaterials.filter((code) => !materials.some((mat) => mat.code === code));
      if (unknown.length) throw DomainError.unprocessable(IntakeErrorCode.UNKNOWN_MATERIAL, `办件不含这些材料：${unknown.join('、')}`, { codes: unknown });
      await ctx.m.update(CaseMaterial, { caseId: ctx.c.id, code: In(dto.missingMaterials) }, { status: 'missing', suppliedAt: null });
      await ctx.m.update(CaseTask, { caseId: ctx.c.id, status: In([...ACTIVE_TASK_STATUSES]) }, { status: 'cancelled', doneAt: ctx.now });
      ctx.c.reason = dto.reason;
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, {
        action: 'return', fromStatus: 'in_progress', toStatus: ctx.c.status, departmentCode: task.departmentCode, reason: dto.reason,
        payload: { missing: dto.missingMaterials, missingNames: materials.filter((mat) => dto.missingMaterials.includes(mat.code)).map((mat) => mat.name) },
      });
      return { action: 'return' };
    });
  }

  transfer(id: number, user: AuthUser, dto: TransferCaseDto) {
    return this.commands.run(id, user, async (ctx) => {
      const task = await this.allow(ctx, 'transfer');
      if (!(await ctx.m.findOneBy(Department, { code: dto.department }))) throw DomainError.unprocessable(CaseErrorCode.UNKNOWN_DEPARTMENT, `部门 ${dto.department} 不存在`);
      if (dto.department === task.departmentCode) throw DomainError.unprocessable(CaseErrorCode.TRANSFER_SAME_DEPARTMENT, '不能转给本部门');
      if (ctx.tasks.some((t) => isActiveTask(t.status) && t.departmentCode === dto.department)) {
        throw DomainError.conflict(CaseErrorCode.DEPARTMENT_ALREADY_HOLDS_TASK, '该部门已有此办件的任务');
      }
      const from = ctx.c.status;
      await ctx.m.update(CaseTask, { id: task.id }, { status: 'transferred', doneAt: ctx.now, reason: dto.reason });
      await ctx.m.insert(CaseTask, { caseId: ctx.c.id, departmentCode: dto.department, status: 'dispatched', dispatchedAt: ctx.now });
      // a joint case stays in progress while another department is still working on it
      const othersWorking = ctx.tasks.some((t) => t.id !== task.id && t.status === 'in_progress');
      ctx.c.status = othersWorking ? 'in_progress' : 'dispatched';
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, { action: 'transfer', fromStatus: from, toStatus: ctx.c.status, departmentCode: task.departmentCode, reason: dto.reason, payload: { from: task.departmentCode, to: dto.department } });
      return { action: 'transfer', assignedTo: [dto.department] };
    });
  }

  /** 上报件: records that the case went to the higher level (the street accepts, the district decides). */
  escalate(id: number, user: AuthUser, dto: EscalateDto) {
    return this.commands.run(id, user, async (ctx) => {
      const task = await this.allow(ctx, 'escalate');
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, { action: 'escalate', fromStatus: ctx.c.status, toStatus: ctx.c.status, departmentCode: task.departmentCode, reason: dto.note ?? null, payload: { body: dto.body, reference: dto.reference ?? null } });
      return { action: 'escalate' };
    });
  }

  /** A department's decision; the case is decided when every department's task is done (联办). */
  decide(id: number, user: AuthUser, dto: DecideDto) {
    return this.commands.run(id, user, async (ctx) => {
      const task = await this.allow(ctx, 'decide');
      if (dto.outcome === 'denied' && !dto.reason) throw DomainError.unprocessable(IntakeErrorCode.REASON_REQUIRED, '不予批准须说明理由');
      if (ctx.c.kind === 'escalated' && !dto.externalReference) {
        throw DomainError.unprocessable(CaseErrorCode.EXTERNAL_DECISION_REQUIRED, '上报件须填写上级审批文号');
      }
      await ctx.m.update(CaseTask, { id: task.id }, { status: 'done', outcome: dto.outcome, reason: dto.reason ?? null, doneAt: ctx.now });
      const rest = ctx.tasks.filter((t) => t.id !== task.id && isActiveTask(t.status));
      const payload = { department: task.departmentCode, outcome: dto.outcome, externalReference: dto.externalReference ?? null };
      if (rest.length) {
        await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, { action: 'task_decided', fromStatus: ctx.c.status, toStatus: ctx.c.status, departmentCode: task.departmentCode, reason: dto.reason ?? null, payload });
        return { action: 'task_decided' };
      }
      const outcomes = [...ctx.tasks.filter((t) => t.status === 'done').map((t) => t.outcome), dto.outcome];
      const approved = outcomes.every((o) => o === 'approved');
      const from = ctx.c.status;
      ctx.c.status = nextCaseStatus(ctx.c.status, approved ? 'approve' : 'deny');
      ctx.c.decidedAt = ctx.now;
      ctx.c.decisionReason = dto.reason ?? null;
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, { action: 'decide', fromStatus: from, toStatus: ctx.c.status, departmentCode: task.departmentCode, reason: dto.reason ?? null, payload });
      return { action: 'decide' };
    });
  }

  private decideExtension(id: number, user: AuthUser, outcome: 'approved' | 'rejected', reason?: string) {
    return this.commands.run(id, user, async (ctx) => {
      const pending = (await pendingExtension(ctx.m, ctx.c.id))!;
      assertCaseAction(this.facts(ctx, pending), ctx.user, outcome === 'approved' ? 'approveExtension' : 'rejectExtension');
      await ctx.m.update(CaseExtension, { id: pending.id }, { status: outcome, decidedBy: ctx.user.id, decidedAt: ctx.now, decisionReason: reason ?? null });
      if (outcome === 'approved') {
        ctx.c.extensionDays += pending.days;
        await this.clock.refresh(ctx.c, { openPause: ctx.c.status === 'suspended' ? await openSuspension(ctx.m, ctx.c.id) : null, tasks: ctx.tasks });
      }
      const action = outcome === 'approved' ? 'approve_extension' : 'reject_extension';
      await appendCaseEvents(ctx.m, ctx.c.id, ctx.user, ctx.now, {
        action, fromStatus: ctx.c.status, toStatus: ctx.c.status, departmentCode: pending.departmentCode,
        reason: outcome === 'approved' ? pending.reason : (reason ?? null), payload: { days: pending.days, dueDate: ctx.c.dueDate },
      });
      return { action };
    });
  }

  private facts(ctx: CommandContext, pending: CaseExtension | null) {
    return caseFacts(ctx.c, ctx.tasks, pending);
  }

  /** Refuses as the case policy says (the same answer GET /cases/{id} `actions` gives) and returns the user's open task. */
  private async allow(ctx: CommandContext, action: Exclude<CaseActionId, 'ready' | 'approveExtension' | 'rejectExtension'>): Promise<CaseTask> {
    assertCaseAction(this.facts(ctx, await pendingExtension(ctx.m, ctx.c.id)), ctx.user, action);
    return activeTaskOf(ctx.tasks, ctx.user.departmentCodes)!;
  }
}
