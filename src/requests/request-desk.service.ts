import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/domain/auth-user';
import { CatalogService } from '../catalog/catalog.service';
import { AppConfig } from '../config/app-config';
import { dedupeKey, requestRepliedText } from '../notifications/domain/notification-text';
import { DomainError } from '../common/domain-error';
import { ErrorCode } from '../common/error-codes';
import { holdsRoleFor, requestActionsFor, taskOf } from './domain/request-access';
import { RequestErrorCode } from './domain/request-errors';
import type { RequestCommand } from './domain/request-state';
import { DispatchRequestDto, ReplyRequestDto, ReturnRequestDto, RevisitRequestDto } from './dto/request-actions.dto';
import { RequestTask } from './entities/request-task.entity';
import { RequestCommandRunner, RequestContext } from './request-command';

/** 分办 → 处置 → 反馈: what the dispatcher and the departments do with a request. */
@Injectable()
export class RequestDeskService {
  constructor(
    private readonly commands: RequestCommandRunner,
    private readonly catalog: CatalogService,
    private readonly config: AppConfig,
  ) {}

  /** 派单 to one or more departments (街道吹哨、部门报到); a department already holding it is not sent it twice. */
  dispatch(id: number, user: AuthUser, dto: DispatchRequestDto) {
    return this.commands.run(id, user, async (ctx) => {
      allow(ctx, 'dispatch');
      const codes = [...new Set(dto.departmentCodes.map((c) => c.toUpperCase()))];
      const names = await this.catalog.departmentNames();
      const unknown = codes.filter((c) => !names.has(c));
      if (unknown.length) throw DomainError.unprocessable(RequestErrorCode.UNKNOWN_DEPARTMENT, `部门 ${unknown.join('、')} 不存在`, { codes: unknown });
      const holding = new Set(ctx.tasks.filter((t) => t.status !== 'returned').map((t) => t.departmentCode));
      const fresh = codes.filter((c) => !holding.has(c));
      if (!fresh.length) throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, '所选部门已在办理该诉求');
      ctx.transition('dispatch');
      // a department that returned it earlier and is chosen again gets a new task (the old one stays in the trail)
      await ctx.m.insert(RequestTask, fresh.map((departmentCode) => ({ requestId: ctx.r.id, departmentCode, status: 'dispatched' as const, dispatchedAt: ctx.now })));
      ctx.r.dispatchedAt ??= ctx.now;
      for (const departmentCode of fresh) ctx.trail({ action: 'dispatch', departmentCode, reason: dto.note ?? null });
      return { action: 'dispatch', assignedTo: fresh };
    });
  }

  claim(id: number, user: AuthUser) {
    return this.commands.run(id, user, async (ctx) => {
      allow(ctx, 'claim');
      const task = taskOf(ctx.user, ctx.tasks)!;
      ctx.transition('claim');
      await ctx.m.update(RequestTask, { id: task.id }, { status: 'in_progress', assigneeId: ctx.user.id, assigneeName: ctx.user.displayName, claimedAt: ctx.now });
      ctx.trail({ action: 'claim', departmentCode: task.departmentCode });
      return { action: 'claim' };
    });
  }

  /** A department's answer; the request is replied when every department still holding it has answered. */
  reply(id: number, user: AuthUser, dto: ReplyRequestDto) {
    return this.commands.run(id, user, async (ctx) => {
      allow(ctx, 'reply');
      const task = taskOf(ctx.user, ctx.tasks)!;
      if (task.status === 'dispatched') {
        // replying without claiming first claims on the way
        if (ctx.r.status === 'dispatched') ctx.transition('claim');
        ctx.trail({ action: 'claim', departmentCode: task.departmentCode });
      }
      const othersReplied = ctx.tasks.every((t) => t.id === task.id || t.status === 'replied' || t.status === 'returned');
      ctx.transition('reply', { othersReplied });
      await ctx.m.update(RequestTask, { id: task.id }, {
        status: 'replied', replyText: dto.text, repliedAt: ctx.now,
        assigneeId: task.assigneeId ?? ctx.user.id, assigneeName: task.assigneeName ?? ctx.user.displayName, claimedAt: task.claimedAt ?? ctx.now,
      });
      ctx.trail({ action: 'reply', departmentCode: task.departmentCode });
      if (ctx.r.status === 'replied') await this.replied(ctx);
      return { action: 'reply' };
    });
  }

  /** 退回: not this department's; back to the dispatcher with a reason (or kept by the others working it). */
  returnToDispatcher(id: number, user: AuthUser, dto: ReturnRequestDto) {
    return this.commands.run(id, user, async (ctx) => {
      allow(ctx, 'return');
      const task = taskOf(ctx.user, ctx.tasks)!;
      const others = ctx.tasks.filter((t) => t.id !== task.id && t.status !== 'returned');
      const othersWorking = others.some((t) => t.status === 'dispatched' || t.status === 'in_progress');
      const completes = !othersWorking && others.some((t) => t.status === 'replied');
      // the others had all replied already: this return completes the request instead of sending it back
      if (completes) ctx.transition('reply', { othersReplied: true });
      else ctx.transition('return', { othersWorking });
      await ctx.m.update(RequestTask, { id: task.id }, { status: 'returned', returnReason: dto.reason });
      ctx.trail({ action: 'return', departmentCode: task.departmentCode, reason: dto.reason });
      if (completes) await this.replied(ctx);
      return { action: 'return' };
    });
  }

  /** Every department has answered: the resident hears it (the notice commits with the reply). */
  private async replied(ctx: RequestContext): Promise<void> {
    ctx.r.repliedAt = ctx.now;
    const link = `${this.config.publicBaseUrl}/requests/status/${ctx.r.requestNumber}`;
    ctx.notices.push({
      kind: 'request_replied', to: ctx.r.phone, subjectType: 'request', subjectId: String(ctx.r.id), dedupeKey: dedupeKey('request_replied', ctx.r.id),
      text: requestRepliedText({ requestNumber: ctx.r.requestNumber, queryCode: ctx.r.queryCode, link }),
    });
  }

  close(id: number, user: AuthUser) {
    return this.commands.run(id, user, async (ctx) => {
      allow(ctx, 'close');
      ctx.transition('close');
      ctx.r.closedAt = ctx.now;
      ctx.trail({ action: 'close' });
      return { action: 'close' };
    });
  }

  /** 回访: the follow-up call and the resident's satisfaction, recorded once per call (the latest shows). */
  revisit(id: number, user: AuthUser, dto: RevisitRequestDto) {
    return this.commands.run(id, user, async (ctx) => {
      allow(ctx, 'revisit');
      ctx.transition('revisit');
      Object.assign(ctx.r, { revisitSatisfied: dto.satisfied, revisitNote: dto.note ?? null, revisitAt: ctx.now, revisitBy: ctx.user.displayName });
      ctx.trail({ action: 'revisit', reason: `${dto.satisfied ? '满意' : '不满意'}${dto.note ? `：${dto.note}` : ''}` });
      return { action: 'revisit' };
    });
  }
}

/** The rule the board's buttons follow: refused here exactly when the button is not shown (403 by role, 409 by status). */
function allow(ctx: RequestContext, command: RequestCommand): void {
  const facts = { ...ctx.r, tasks: ctx.tasks };
  if (requestActionsFor(ctx.user, facts).includes(command)) return;
  if (!holdsRoleFor(ctx.user, command, facts)) throw DomainError.forbidden(RequestErrorCode.REQUEST_FORBIDDEN, '您无权执行该操作');
  throw DomainError.conflict(ErrorCode.INVALID_TRANSITION, '诉求当前状态不能执行该操作', { status: ctx.r.status, command });
}
