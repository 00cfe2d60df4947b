import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/domain/auth-user';
import { RunOptions, TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { caseNotice } from '../notifications/domain/case-notices';
import { NotificationOutbox } from '../notifications/notification-outbox';
import { CaseClock } from './case-clock';
import { bundleVerdictOf, partsOf } from './bundle-store';
import { loadCase, openSuspension, saveCase, tasksOf } from './case-store';
import { bundleClock, BundleVerdict } from './domain/bundle-case';
import { appendCaseEvents, CaseTrailEntry } from './case-trail';
import { CaseChangedEvent, CaseEvents } from './case.events';
import { assertReachesCase } from './domain/case-access';
import { CaseCommand, CaseStatus, nextCaseStatus, TransitionFacts } from './domain/case-state';
import { filesAsAgent } from './domain/point-agent';
import { visitsAdded } from './domain/report-facts';
import type { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

/** A step of the trail; its statuses default to those of the latest transition (or the current status). */
export type TrailStep = Omit<CaseTrailEntry, 'fromStatus' | 'toStatus'> & Partial<Pick<CaseTrailEntry, 'fromStatus' | 'toStatus'>>;

export interface CommandContext {
  m: EntityManager;
  c: Case;
  /** The case's tasks as they were when the command began. */
  tasks: CaseTask[];
  user: AuthUser;
  now: number;
  /** Moves the case by the state machine (409 INVALID_TRANSITION when it refuses); returns the status it left. */
  transition(command: CaseCommand, facts?: TransitionFacts): CaseStatus;
  /** Records a step of the trail; the runner writes it after saving the case. */
  trail(step: TrailStep): void;
  /** Recomputes the due dates and the light now, for an action that reports them (the runner does it again at the end). */
  refreshTimes(): Promise<void>;
  /**
   * Another case command inside this one's transaction (a bundle's parts, 一件事): its own save, trail and
   * notice; its events are published with this command's, after the commit. Answers with the case as saved.
   */
  spawn(open: (m: EntityManager, now: number) => Promise<Case>, act: (ctx: CommandContext) => Promise<CommandResult>): Promise<Case>;
}

export interface CommandResult {
  action: string;
  /** Departments that newly received the case (case.assigned); everyone else holding a task hears case.updated. */
  assignedTo?: string[];
  /** No notice to the applicant for this command (a bundle's parts at intake: the bundle's own notice tells). */
  silent?: boolean;
}

/** What the commands of one transaction leave to do after the commit, and the cases under command now. */
interface Collected {
  events: CaseChangedEvent[];
  queued: number;
  active: Set<number>;
}

/**
 * Every case command, intake included, in one shape and one transaction: load (or insert) the case, act
 * (checks, the state machine's transition, the action's own rows), recompute the times, save, write the
 * trail, queue the applicant's notice (受理, 一次性告知, 待取件) in the same transaction; then, once committed,
 * tell the departments and nudge the notification sender. The work may run twice (a group commit that rolled
 * back runs each command again alone), so it touches nothing outside the transaction: the events are
 * collected and published here, after it resolves.
 */
@Injectable()
export class CaseCommandRunner {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: CaseClock,
    private readonly events: DomainEvents,
    private readonly outbox: NotificationOutbox,
  ) {}

  /** A command on an existing case; answers with the case as saved. */
  async run(caseId: number, user: AuthUser, act: (ctx: CommandContext) => Promise<CommandResult>): Promise<Case> {
    return (await this.execute(user, (m) => loadCase(m, caseId), act)).c;
  }

  /**
   * A command that creates the case: `insert` writes its row (and its own rows) and returns it. READ COMMITTED
   * (see RunOptions): the only row it shares with other commands is the day's case counter, bumped by upsert;
   * under REPEATABLE READ every intake at the same moment would make the others start over.
   */
  create<R extends CommandResult>(user: AuthUser, insert: (m: EntityManager, now: number) => Promise<Case>, act: (ctx: CommandContext) => Promise<R>): Promise<{ c: Case; result: R }> {
    return this.execute(user, insert, act, { isolation: 'READ COMMITTED' });
  }

  private async execute<R extends CommandResult>(
    user: AuthUser,
    open: (m: EntityManager, now: number) => Promise<Case>,
    act: (ctx: CommandContext) => Promise<R>,
    options: RunOptions = {},
  ): Promise<{ c: Case; result: R }> {
    const { c, result, collected } = await this.tx.run(async (m) => {
      const collected: Collected = { events: [], queued: 0, active: new Set() };
      return { ...(await this.step(m, user, collected, open, act, false)), collected };
    }, options);
    for (const event of collected.events) this.events.publish(CaseEvents.CHANGED, event);
    this.outbox.nudge(collected.queued);
    return { c, result };
  }

  /** One case command inside the running transaction; `trusted` for the commands another one started (a bundle's parts, its settling). */
  private async step<R extends CommandResult>(
    m: EntityManager,
    user: AuthUser,
    collected: Collected,
    open: (m: EntityManager, now: number) => Promise<Case>,
    act: (ctx: CommandContext) => Promise<R>,
    trusted: boolean,
  ): Promise<{ c: Case; result: R }> {
    const now = this.clock.now();
    const c = await open(m, now);
    collected.active.add(c.id);
    try {
      const previousStatus = c.status;
      const tasks = await tasksOf(m, c.id);
      // staff act only on cases of their halls, or (officers, heads) of their departments: 403 HALL_FORBIDDEN
      if (!trusted) assertReachesCase(user, { hallCode: c.hallCode, departments: tasks.map((t) => t.departmentCode) });
      const trail: CaseTrailEntry[] = [];
      let last: { from: CaseStatus; to: CaseStatus } | null = null;
      const ctx: CommandContext = {
        m, c, tasks, user, now,
        transition: (command, facts) => {
          const from = c.status;
          c.status = nextCaseStatus(from, command, facts);
          last = { from, to: c.status };
          return from;
        },
        trail: (step) => trail.push({ fromStatus: last?.from ?? c.status, toStatus: last?.to ?? c.status, ...step }),
        refreshTimes: async () => void (await this.refreshTimes(m, c, await tasksOf(m, c.id))),
        spawn: async (openPart, actPart) => (await this.step(m, user, collected, openPart, actPart, true)).c,
      };
      const result = await act(ctx);
      const held = await tasksOf(m, c.id);
      await this.refreshTimes(m, c, held);
      if (trail.some((step) => step.action === 'receive')) c.filedByAgent = filesAsAgent(user);
      c.visits += visitsAdded(trail.map((step) => ({ action: step.action, payload: step.payload ?? null })), now, c.filedByAgent);
      await this.clock.recordDecision(c);
      await saveCase(m, c, now);
      await appendCaseEvents(m, c.id, user, now, ...trail);
      const missingNames = trail.find((step) => step.action === 'notify')?.payload?.missingNames as string[] | undefined;
      const notice = result.silent ? null : caseNotice(result.action, { ...c, itemName: await noticeName(m, c), at: now, missingNames });
      if (notice) collected.queued += await this.outbox.enqueue(m, notice);
      collected.events.push(...changedEvents(c, previousStatus, result, [...tasks, ...held]));
      if (c.parentCaseId !== null && !collected.active.has(c.parentCaseId)) await this.followParts(m, c.parentCaseId, user, collected);
      return { c, result };
    } finally {
      collected.active.delete(c.id);
    }
  }

  /**
   * After a command on a part of a bundle: the bundle is decided when no part is open any more, else its due
   * dates follow the part due last (an extension or a pause of a part moves the bundle's too). The bundle's row is
   * written first, so two parts decided at the same moment settle one after the other (SQLite has one writer; on
   * PostgreSQL the second waits for the row, then starts over and sees the first part decided).
   */
  private async followParts(m: EntityManager, parentId: number, user: AuthUser, collected: Collected): Promise<void> {
    await m.update(Case, { id: parentId }, { updatedAt: this.clock.now() });
    await this.step(m, user, collected, (mm) => loadCase(mm, parentId), async (ctx) => {
      if (!BUNDLE_OPEN_STATUSES.includes(ctx.c.status)) return { action: 'none', silent: true };
      const verdict = await bundleVerdictOf(ctx.m, parentId);
      if (verdict) {
        settleWith(ctx, verdict);
        return { action: 'bundle_decided' };
      }
      Object.assign(ctx.c, bundleClock(await partsOf(ctx.m, parentId)) ?? {});
      return { action: 'none', silent: true };
    }, true);
  }

  private async refreshTimes(m: EntityManager, c: Case, tasks: CaseTask[]): Promise<void> {
    await this.clock.refresh(c, { openPause: c.status === 'suspended' ? await openSuspension(m, c.id) : null, tasks });
  }
}

/** Where a bundle's case waits for its parts. */
const BUNDLE_OPEN_STATUSES: readonly CaseStatus[] = ['dispatched', 'in_progress'];

/** Decides a bundle's case with its parts' verdict (inside its command). */
export function settleWith(ctx: CommandContext, verdict: BundleVerdict): void {
  ctx.transition('settle', { outcomes: [verdict.outcome] });
  ctx.c.decidedAt = ctx.now;
  ctx.c.decisionReason = verdict.summary;
  ctx.trail({ action: 'bundle_decided', reason: verdict.summary, payload: { outcomes: verdict.outcomes } });
}

/** A notice about a part names the bundle too: 新生儿出生一件事（出生户口登记）. */
async function noticeName(m: EntityManager, c: Case): Promise<string> {
  if (c.parentCaseId === null) return c.itemName;
  const parent = await m.findOne(Case, { select: { id: true, itemName: true }, where: { id: c.parentCaseId } });
  return parent ? `${parent.itemName}（${c.itemName}）` : c.itemName;
}

/** case.assigned for the departments that newly received the case, case.updated for the others that held it. */
function changedEvents(c: Case, previousStatus: string, result: CommandResult, tasks: CaseTask[]): CaseChangedEvent[] {
  const assigned = result.assignedTo ?? [];
  const base = { caseId: c.id, caseNumber: c.caseNumber, status: c.status, level: c.warningLevel, action: result.action, hallCode: c.hallCode, previousStatus };
  const others = [...new Set(tasks.map((t) => t.departmentCode))].filter((d) => !assigned.includes(d));
  const events: CaseChangedEvent[] = [];
  if (assigned.length) events.push({ ...base, kind: 'assigned', departments: assigned });
  if (others.length) events.push({ ...base, kind: 'updated', departments: others });
  return events;
}
