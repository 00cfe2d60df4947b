import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { TransactionRunner } from '../database/transaction-runner';
import { CaseClock } from './case-clock';
import { loadCase, openSuspension, saveCase, tasksOf } from './case-store';
import { CaseChangedEvent, CaseEvents } from './case.events';
import { isActiveTask } from './domain/case-policy';
import type { CaseTask } from './entities/case-task.entity';
import type { Case } from './entities/case.entity';

export interface CommandContext {
  m: EntityManager;
  c: Case;
  tasks: CaseTask[];
  user: AuthUser;
  now: number;
}

export interface CommandResult {
  action: string;
  /** Departments that newly received the case (case.assigned); everyone else holding a task hears case.updated. */
  assignedTo?: string[];
}

/**
 * Runs one case command in one transaction: load, act, recompute the clock, save; then tells the
 * departments. Each action is a small function over CommandContext.
 */
@Injectable()
export class CaseCommandRunner {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: CaseClock,
    private readonly events: EventEmitter2,
  ) {}

  async run(caseId: number, user: AuthUser, act: (ctx: CommandContext) => Promise<CommandResult>): Promise<Case> {
    const { c, result, departments } = await this.tx.run(async (m) => {
      const c = await loadCase(m, caseId);
      const ctx: CommandContext = { m, c, tasks: await tasksOf(m, caseId), user, now: this.clock.now() };
      const result = await act(ctx);
      const held = await tasksOf(m, caseId);
      await this.clock.refresh(c, { openPause: c.status === 'suspended' ? await openSuspension(m, caseId) : null, tasks: held });
      await saveCase(m, c, ctx.now);
      const departments = [...new Set([...ctx.tasks, ...held].map((t) => t.departmentCode))];
      return { c, result, departments: { all: departments, active: held.filter((t) => isActiveTask(t.status)).map((t) => t.departmentCode) } };
    });
    const assigned = result.assignedTo ?? [];
    const base = { caseId: c.id, caseNumber: c.caseNumber, status: c.status, level: c.warningLevel, action: result.action };
    if (assigned.length) this.events.emit(CaseEvents.CHANGED, { ...base, kind: 'assigned', departments: assigned } satisfies CaseChangedEvent);
    const others = departments.all.filter((d) => !assigned.includes(d));
    if (others.length) this.events.emit(CaseEvents.CHANGED, { ...base, kind: 'updated', departments: others } satisfies CaseChangedEvent);
    return c;
  }
}
