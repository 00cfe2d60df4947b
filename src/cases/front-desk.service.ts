import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { CatalogService } from '../catalog/catalog.service';
import type { AuthUser } from '../auth/domain/auth-user';
import { DomainError } from '../common/domain-error';
import { casePeople, onTheSpotCollector, pickupPayload, recordPickup } from './case-pickup';
import { CaseCommandRunner, CommandContext, CommandResult } from './case-command';
import { CaseDispatch } from './case-dispatch';
import { caseFacts, openSuspension, pendingExtension } from './case-store';
import { assertMayActOnCase } from './domain/case-access';
import { CaseErrorCode } from './domain/case-errors';
import { ACTIVE_TASK_STATUSES, assertCaseAction, isClocked } from './domain/case-policy';
import { owedMaterials } from './domain/front-desk-rules';
import { collectorInputProblem, isCollectorProblem, resolveCollector } from './domain/pickup';
import { IntakeErrorCode } from './domain/material-check';
import { isAgentsOwnCase, limitedToOwnCases } from './domain/point-agent';
import { ErrorCode } from '../common/error-codes';
import { DeliverDto, NotifyDto, ReasonDto, SupplementDto } from './dto/case-actions.dto';
import { CaseMaterial } from './entities/case-material.entity';
import { CaseSuspension } from './entities/case-suspension.entity';
import { CaseTask } from './entities/case-task.entity';

/** The comprehensive window's part after intake: supplements, notices, refusals, pickup and withdrawal. */
@Injectable()
export class FrontDeskService {
  constructor(
    private readonly commands: CaseCommandRunner,
    private readonly dispatch: CaseDispatch,
    private readonly catalog: CatalogService,
  ) {}

  /** 补正 before acceptance (accepted at once when complete), or 容缺补交 of deferred materials after it. */
  supplement(id: number, user: AuthUser, dto: SupplementDto) {
    return this.frontDesk(id, user, async (ctx) => {
      const accepted = isClocked(ctx.c.status);
      const materials = await ctx.m.find(CaseMaterial, { where: { caseId: ctx.c.id }, order: { sortOrder: 'ASC' } });
      const owed = owedMaterials({ status: ctx.c.status, materials });
      const codes = dto.materials.map((x) => x.code);
      const stillMissing = owed.filter((mat) => mat.required && !codes.includes(mat.code));
      ctx.transition('supplement', { materialsComplete: stillMissing.length === 0 });
      const unknown = codes.filter((code) => !materials.some((mat) => mat.code === code));
      if (unknown.length) throw DomainError.unprocessable(IntakeErrorCode.UNKNOWN_MATERIAL, `办件不含这些材料：${unknown.join('、')}`, { codes: unknown });
      const notOwed = codes.filter((code) => !owed.some((mat) => mat.code === code));
      if (notOwed.length) throw DomainError.unprocessable(CaseErrorCode.NOTHING_TO_SUPPLY, `这些材料无需补交：${notOwed.join('、')}`, { codes: notOwed });
      await ctx.m.update(CaseMaterial, { caseId: ctx.c.id, code: In(codes) }, { status: accepted ? 'supplied' : 'provided', suppliedAt: ctx.now });
      const suppliedNames = owed.filter((mat) => codes.includes(mat.code)).map((mat) => mat.name);
      const complete = !accepted && stillMissing.length === 0;
      ctx.trail({ action: 'supplement', payload: { supplied: codes, suppliedNames, complete } });
      if (!complete) return { action: 'supplement' };
      // materials complete: acceptance is today and the clock starts afresh (DOMAIN.md)
      const { departmentCodes } = await this.catalog.getItem(ctx.c.itemCode, { includeInactive: true }); // a case accepted before the item was withdrawn still finishes
      Object.assign(ctx.c, { extensionDays: 0, pausedWorkingDays: 0, pausedMs: 0 });
      await this.dispatch.acceptAndDispatch(ctx, departmentCodes);
      return { action: 'accept', assignedTo: departmentCodes };
    });
  }

  /** 一次性告知 for a case the back office returned: every required material still missing, at once. */
  notify(id: number, user: AuthUser, dto: NotifyDto) {
    return this.frontDesk(id, user, async (ctx) => {
      ctx.transition('notify');
      const missing = await ctx.m.find(CaseMaterial, { where: { caseId: ctx.c.id, status: 'missing', required: true }, order: { sortOrder: 'ASC' } });
      if (!missing.length) throw DomainError.unprocessable(IntakeErrorCode.NOTHING_MISSING, '没有缺少的必需材料');
      ctx.trail({ action: 'notify', reason: dto.reason ?? null, payload: { missing: missing.map((x) => x.code), missingNames: missing.map((x) => x.name) } });
      return { action: 'notify' };
    });
  }

  reject(id: number, user: AuthUser, dto: ReasonDto) {
    return this.frontDesk(id, user, async (ctx) => {
      ctx.transition('reject');
      ctx.c.reason = dto.reason;
      ctx.trail({ action: 'reject', reason: dto.reason });
      return { action: 'reject' };
    });
  }

  /** The result is at the comprehensive window: the resident can come for it. */
  readyForPickup(id: number, user: AuthUser) {
    return this.commands.run(id, user, async (ctx) => {
      assertCaseAction(caseFacts(ctx.c, ctx.tasks, await pendingExtension(ctx.m, ctx.c.id)), user, 'ready');
      ctx.transition('ready');
      ctx.trail({ action: 'ready' });
      return { action: 'ready' };
    });
  }

  /**
   * 出件: handed over at the window (who collected it is recorded: the applicant, the agent or another named
   * person, ID checked) or posted with a tracking number; this ends the case. Without `collectedBy` (API.md's
   * plain call) the applicant, or the proxy who applied, is recorded, as for an item finished on the spot.
   */
  deliver(id: number, user: AuthUser, dto: DeliverDto) {
    if (limitedToOwnCases(user)) return this.agentPickup(id, user, dto);
    return this.frontDesk(id, user, async (ctx) => {
      const problem = collectorInputProblem(dto.method, dto.collectedBy); // after the rights check: a wrong role is 403 whatever it sent
      if (problem) throw DomainError.badRequest(problem.code, problem.message, { field: problem.field });
      if (dto.method === 'post' && !dto.trackingNo) throw DomainError.unprocessable(CaseErrorCode.TRACKING_NO_REQUIRED, '邮寄送达须填写运单号');
      ctx.transition('deliver');
      Object.assign(ctx.c, { deliveryMethod: dto.method, trackingNo: dto.method === 'post' ? dto.trackingNo : null, deliveredAt: ctx.now });
      if (dto.method === 'window') {
        const collector = dto.collectedBy ? resolveCollector(dto.collectedBy, casePeople(ctx.c)) : onTheSpotCollector(ctx.c);
        if (isCollectorProblem(collector)) throw DomainError.unprocessable(collector.code, collector.message, { field: collector.field });
        await recordPickup(ctx, collector);
      }
      ctx.trail({ action: 'deliver', payload: pickupPayload(ctx.c) });
      return { action: 'deliver' };
    });
  }

  /** The applicant withdraws at any open stage: tasks end, a running pause closes. */
  withdraw(id: number, user: AuthUser, dto: ReasonDto) {
    return this.frontDesk(id, user, async (ctx) => {
      ctx.transition('withdraw');
      ctx.c.reason = dto.reason;
      await ctx.m.update(CaseTask, { caseId: ctx.c.id, status: In([...ACTIVE_TASK_STATUSES]) }, { status: 'cancelled', doneAt: ctx.now });
      const pause = await openSuspension(ctx.m, ctx.c.id);
      if (pause) await ctx.m.update(CaseSuspension, { id: pause.id }, { endedAt: ctx.now });
      ctx.trail({ action: 'withdraw', reason: dto.reason });
      return { action: 'withdraw' };
    });
  }

  /**
   * An agent (代办员) collects the result of a case it filed, at the window, to deliver it to the resident:
   * the pickup records the agent as the collector and the clerk handing it over is the agent's own account.
   */
  private agentPickup(id: number, user: AuthUser, dto: DeliverDto) {
    return this.commands.run(id, user, async (ctx) => {
      if (!isAgentsOwnCase(user, ctx.c)) throw DomainError.forbidden(ErrorCode.FORBIDDEN, '代办员只能领取本人代办的办件');
      if (dto.method !== 'window' || dto.trackingNo !== undefined || (dto.collectedBy && dto.collectedBy.type !== 'agent')) {
        throw DomainError.badRequest(CaseErrorCode.COLLECTOR_INVALID, '代办员只能在窗口以代办人身份领取', { field: 'collectedBy' });
      }
      ctx.transition('deliver');
      Object.assign(ctx.c, { deliveryMethod: 'window' as const, trackingNo: null, deliveredAt: ctx.now });
      await recordPickup(ctx, { type: 'agent', name: ctx.c.agentName ?? user.displayName, idNumber: ctx.c.agentIdNumber ?? '' });
      ctx.trail({ action: 'deliver', payload: { ...pickupPayload(ctx.c), byAgent: true } });
      return { action: 'deliver' };
    });
  }

  private frontDesk(id: number, user: AuthUser, act: (ctx: CommandContext) => Promise<CommandResult>) {
    return this.commands.run(id, user, async (ctx) => {
      assertMayActOnCase(user, 'front_desk', []);
      return act(ctx);
    });
  }
}
