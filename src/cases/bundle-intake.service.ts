import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/domain/auth-user';
import { CatalogService, ItemDetail } from '../catalog/catalog.service';
import { DomainError } from '../common/domain-error';
import { isTicketAtWindow } from '../queue/ticket.store';
import { bundleVerdictOf } from './bundle-store';
import { CaseClock } from './case-clock';
import { CommandContext, CaseCommandRunner, settleWith } from './case-command';
import { CaseDispatch } from './case-dispatch';
import { insertPartCase, insertReceivedCase } from './case-draft';
import { completeAtWindow } from './case-pickup';
import { toCaseReceipt } from './case.mapper';
import { bundleClock, partMaterials } from './domain/bundle-case';
import { CaseErrorCode } from './domain/case-errors';
import { CheckedMaterial, checkMaterials, missingForNotice } from './domain/material-check';
import { intakeMaterials } from './domain/point-agent';
import { CreateCaseDto } from './dto/create-case.dto';
import { CaseMaterial } from './entities/case-material.entity';
import type { Case } from './entities/case.entity';

/** A part as the intake answers it (API.md "Bundles"). */
export interface PartReceipt {
  id: number;
  caseNumber: string;
  serviceItemCode: string;
  departmentCodes: string[];
  status: string;
  dueDate: string | null;
}

/**
 * 一件事一次办 at the window: one applicant, one set of materials (the union of the members'), one receipt.
 * The bundle's case (the parent) is accepted with a part per member, each a case of its own in its own
 * department with its own limit; immediate members are completed on the spot. All in one transaction.
 */
@Injectable()
export class BundleIntake {
  constructor(
    private readonly commands: CaseCommandRunner,
    private readonly catalog: CatalogService,
    private readonly clock: CaseClock,
    private readonly dispatch: CaseDispatch,
  ) {}

  /** POST /api/v1/cases for a bundle item (the caller checked who files and the reason of a refusal). */
  async create(dto: CreateCaseDto, user: AuthUser, byAgent: boolean, bundle: ItemDetail) {
    const tz = await this.clock.timeZone(dto.hall);
    const members = await this.members(bundle);
    const allImmediate = members.every((m) => m.item.kind === 'immediate');
    const union = checkMaterials(intakeMaterials([...bundle.materials], byAgent, dto.materials.map((x) => x.code)), dto.materials, dto.decision, allImmediate);

    const { c, result } = await this.commands.create(
      user,
      async (m, now) => {
        if (dto.ticketId !== undefined && !(await isTicketAtWindow(m, dto.ticketId, dto.hall))) {
          throw DomainError.unprocessable(CaseErrorCode.TICKET_NOT_AT_WINDOW, '该号票不在窗口办理中');
        }
        return insertReceivedCase(m, { dto, user, byAgent, item: bundle.item, materials: union, tz, now });
      },
      async (ctx) => {
        ctx.trail({ action: 'receive', fromStatus: null, toStatus: 'received', payload: { ticketId: ctx.c.ticketId, agentType: ctx.c.agentType } });
        switch (dto.decision) {
          case 'accept':
          case 'complete': {
            const parts = await this.acceptParts(ctx, members, union, byAgent, tz, dto.supplyDueDate);
            return { action: 'accept', parts };
          }
          case 'notify': {
            const missing = missingForNotice(union);
            ctx.transition('notify');
            ctx.trail({ action: 'notify', reason: dto.reason ?? null, payload: { missing: missing.map((x) => x.code), missingNames: missing.map((x) => x.name) } });
            return { action: 'notify', parts: [] };
          }
          case 'reject':
            ctx.transition('reject');
            ctx.trail({ action: 'reject', reason: dto.reason });
            return { action: 'reject', parts: [] };
        }
      },
    );

    const missing = missingForNotice(union);
    return {
      ...toCaseReceipt(c, [...bundle.departmentCodes], tz),
      missingMaterials: dto.decision === 'notify' ? missing.map((x) => ({ code: x.code, name: x.name })) : [],
      children: result.parts,
    };
  }

  /**
   * 补正 complete on a bundle's case that waited for materials: it is accepted now with its parts, as at intake
   * (called inside the supplement command).
   */
  async acceptAfterSupplement(ctx: CommandContext): Promise<PartReceipt[]> {
    const bundle = await this.catalog.getItem(ctx.c.itemCode, { includeInactive: true });
    const members = await this.members(bundle, true);
    const union = await ctx.m.find(CaseMaterial, { where: { caseId: ctx.c.id }, order: { sortOrder: 'ASC' } });
    const checked: CheckedMaterial[] = union.map((mat) => ({ ...mat, status: mat.status === 'deferred' ? 'deferred' : mat.status === 'missing' ? 'missing' : 'provided' }));
    // an agent's mandate (委托书), when the bundle's case lists it, goes to every part as provided
    return this.acceptParts(ctx, members, checked, false, await this.clock.timeZone(ctx.c.hallCode));
  }

  /** Inside the bundle's command: accepts it, files a part per member (completing immediate ones) and decides it if every part already is. */
  private async acceptParts(
    ctx: CommandContext, members: ItemDetail[], union: CheckedMaterial[], byAgent: boolean, tz: string, supplyDueDate?: string,
  ): Promise<PartReceipt[]> {
    const { c } = ctx;
    ctx.transition('accept');
    c.acceptedAt = ctx.now;
    const given = union.filter((mat) => mat.status !== 'missing').map((mat) => mat.code);
    const parts: Array<{ part: Case; departmentCodes: string[] }> = [];
    for (const member of members) {
      const immediate = member.item.kind === 'immediate';
      const materials = partMaterials(intakeMaterials([...member.materials], byAgent, given), union, immediate);
      const departmentCodes = [...member.departmentCodes];
      const part = await ctx.spawn(
        (m, now) => insertPartCase(m, c, { item: member.item, materials, tz, now }),
        async (pctx) => {
          pctx.trail({ action: 'receive', fromStatus: null, toStatus: 'received', payload: { ticketId: pctx.c.ticketId, agentType: pctx.c.agentType, bundle: c.caseNumber } });
          if (immediate) {
            await completeAtWindow(pctx);
            return { action: 'complete', silent: true };
          }
          const deferred = materials.some((mat) => mat.status === 'deferred');
          await this.dispatch.acceptAndDispatch(pctx, departmentCodes, deferred ? supplyDueDate : undefined);
          return { action: 'accept', assignedTo: departmentCodes, silent: true };
        },
      );
      parts.push({ part, departmentCodes });
    }
    // the bundle's clock is its slowest part's: its due dates are the latest of the parts'
    Object.assign(c, bundleClock(parts.map((p) => p.part)) ?? {});
    const supplyDates = parts.flatMap((p) => (p.part.supplyDueDate ? [p.part.supplyDueDate] : [])).sort();
    c.supplyDueDate = supplyDates[0] ?? null;
    await ctx.refreshTimes();
    const deferredNames = union.filter((mat) => mat.status === 'deferred').map((mat) => mat.name);
    ctx.trail({ action: 'accept', payload: { dueDate: c.dueDate, statutoryDueDate: c.statutoryDueDate, deferredNames, supplyDueDate: c.supplyDueDate } });
    ctx.trail({ action: 'bundle_dispatch', payload: { parts: parts.map(({ part }) => ({ caseNumber: part.caseNumber, itemName: part.itemName, status: part.status, dueDate: part.dueDate })) } });
    const verdict = await bundleVerdictOf(ctx.m, c.id);
    if (verdict) settleWith(ctx, verdict);
    return parts.map(({ part, departmentCodes }) => ({
      id: part.id, caseNumber: part.caseNumber, serviceItemCode: part.itemCode, departmentCodes, status: part.status, dueDate: part.dueDate,
    }));
  }

  /** The bundle's members as the catalogue has them now; a withdrawn one stops new intakes (422 ITEM_NOT_AVAILABLE). */
  private async members(bundle: ItemDetail, includeInactive = false): Promise<ItemDetail[]> {
    const members = await Promise.all(bundle.memberCodes.map((code) => this.catalog.getItem(code, { includeInactive: true })));
    const withdrawn = members.filter((m) => !m.item.active);
    if (withdrawn.length && !includeInactive) {
      throw DomainError.unprocessable(CaseErrorCode.ITEM_NOT_AVAILABLE, `一件事 ${bundle.item.name} 的事项 ${withdrawn.map((m) => m.item.name).join('、')} 已停用`);
    }
    if (!members.length) throw DomainError.unprocessable(CaseErrorCode.ITEM_NOT_AVAILABLE, `一件事 ${bundle.item.name} 没有组成事项`);
    return members;
  }
}
