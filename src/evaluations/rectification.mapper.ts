import { zonedIso } from '../calendar/domain/iso-date';
import type { RectificationAction } from './domain/rectification-access';
import type { RectificationLight } from './domain/rectification-deadline';
import { COMMAND_TEXT, RECTIFICATION_STATUS_TEXT, RectificationCommand, RESULT_TEXT } from './domain/rectification-state';
import { scoreLabel } from './domain/score';
import type { Evaluation } from './entities/evaluation.entity';
import type { RectificationEvent } from './entities/rectification-event.entity';
import type { Rectification } from './entities/rectification.entity';

const iso = (ms: number | null, tz: string) => (ms === null ? null : zonedIso(ms, tz));

/** What staff see of the rated subject: its number and, for a case, the item. */
export interface SubjectFacts {
  reference: string | null;
  itemName: string | null;
}

export interface SummaryContext {
  evaluation: Evaluation;
  subject: SubjectFacts;
  departmentName: string | null;
  light: RectificationLight | null;
  tz: string;
}

/** A row of the rectification list. */
export function toRectificationSummary(r: Rectification, ctx: SummaryContext) {
  const e = ctx.evaluation;
  return {
    id: r.id,
    status: r.status,
    statusText: RECTIFICATION_STATUS_TEXT[r.status],
    ownerType: r.ownerType,
    departmentCode: r.departmentCode,
    departmentName: ctx.departmentName,
    hall: r.hallCode,
    windowNumber: r.windowNumber,
    owner: r.ownerType === 'department' ? (ctx.departmentName ?? r.departmentCode) : r.windowNumber !== null ? `${r.windowNumber} 号窗口` : '综合窗口',
    dueDate: r.dueDate,
    light: ctx.light,
    appealed: r.appealed,
    createdAt: iso(r.createdAt, ctx.tz),
    closedAt: iso(r.closedAt, ctx.tz),
    result: r.result,
    resultText: r.result ? RESULT_TEXT[r.result] : null,
    evaluation: {
      id: e.id,
      score: e.score,
      label: scoreLabel(e.score),
      comment: e.comment,
      source: e.source,
      subjectType: e.subjectType,
      reference: ctx.subject.reference,
      itemName: ctx.subject.itemName,
      windowNumber: e.windowNumber,
      createdAt: iso(e.createdAt, ctx.tz),
    },
  };
}

export interface DetailContext extends SummaryContext {
  events: RectificationEvent[];
  actions: RectificationAction[];
  /** Who to call back for the revisit (回访): staff only. */
  contact: { name: string | null; phone: string | null } | null;
}

/** GET /rectifications/{id}: the task, the rating, the trail, and what the reader may do now. */
export function toRectificationDetail(r: Rectification, ctx: DetailContext) {
  return {
    ...toRectificationSummary(r, ctx),
    resultNote: r.resultNote,
    revisitSatisfied: r.revisitSatisfied,
    contact: ctx.contact,
    actions: ctx.actions,
    events: ctx.events.map((ev) => ({
      id: ev.id,
      action: ev.action,
      actionText: ev.action === 'open' ? '收到差评，生成整改任务' : (COMMAND_TEXT[ev.action as RectificationCommand] ?? ev.action),
      fromStatus: ev.fromStatus,
      toStatus: ev.toStatus,
      actorName: ev.actorName,
      at: zonedIso(ev.at, ctx.tz),
      note: ev.note,
      payload: ev.payload,
    })),
  };
}
