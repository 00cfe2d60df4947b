import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { HallsService } from '../halls/halls.service';
import { rectificationDueDate } from './domain/rectification-deadline';
import { isBadReview, normalizeComment, Score } from './domain/score';
import type { EvaluationSource } from './domain/evaluation-source';
import { Evaluation } from './entities/evaluation.entity';
import { Rectification } from './entities/rectification.entity';
import { EvaluationErrorCode } from './evaluation.errors';
import { appendRectificationEvents } from './rectification-trail';
import { assertRateable, ratedUser, RatingTarget } from './rating-targets';
import { insertReturningId } from '../database/dialect';

export interface RatingInput {
  score: Score;
  comment?: string | null;
  source: EvaluationSource;
}

export interface Recorded {
  evaluation: Evaluation;
  rectification: Rectification | null;
}

const UNIQUE = /UNIQUE|duplicate key/i;

/** The one column that names the rated subject (each is unique: one rating per subject). */
export function subjectKey(target: RatingTarget): { ticketId: number } | { caseId: number } | { requestId: number } {
  if (target.subjectType === 'ticket') return { ticketId: target.ticketId! };
  if (target.subjectType === 'case') return { caseId: target.caseId! };
  return { requestId: target.requestId! };
}

/** A unique-index race (another process rated the same subject first) is the same 409 as the check. */
export function alreadyRatedOnConflict(error: unknown): never {
  if (UNIQUE.test(String((error as Error)?.message))) throw alreadyRated();
  throw error;
}

function alreadyRated(): DomainError {
  return DomainError.conflict(EvaluationErrorCode.ALREADY_RATED, '已评价过，感谢您的反馈');
}

/**
 * Writes one rating inside the caller's transaction and, for a bad review (1–2), opens its rectification
 * task in the same transaction, due RECTIFICATION_DAYS working days later.
 */
@Injectable()
export class EvaluationRecorder {
  constructor(
    private readonly calendar: CalendarService,
    private readonly halls: HallsService,
    private readonly config: AppConfig,
  ) {}

  async record(m: EntityManager, target: RatingTarget, input: RatingInput, now: number): Promise<Recorded> {
    assertRateable(target);
    const subject = subjectKey(target);
    if (await m.existsBy(Evaluation, subject)) throw alreadyRated();
    const draft = {
      hallCode: target.hallCode, subjectType: target.subjectType, ticketId: target.ticketId, caseId: target.caseId, requestId: target.requestId,
      score: input.score, comment: normalizeComment(input.comment), source: input.source,
      windowNumber: target.windowNumber, servedBy: target.servedBy, itemCode: target.itemCode, departmentCodes: target.departmentCodes, createdAt: now,
    };
    const evaluation = { ...draft, id: await insertReturningId(m, Evaluation, draft) } as Evaluation;
    const rectification = isBadReview(input.score) ? await this.open(m, evaluation, target, now) : null;
    return { evaluation, rectification };
  }

  private async open(m: EntityManager, evaluation: Evaluation, target: RatingTarget, now: number): Promise<Rectification> {
    const { hall } = await this.halls.layout(target.hallCode);
    const draft = {
      evaluationId: evaluation.id, ownerType: target.owner.ownerType, departmentCode: target.owner.departmentCode,
      hallCode: target.hallCode, windowNumber: target.owner.windowNumber, ratedUserId: await ratedUser(m, target), status: 'open' as const, appealed: false,
      dueDate: rectificationDueDate(this.calendar.calendar(), now, hall.timeZone, this.config.RECTIFICATION_DAYS),
      createdAt: now, updatedAt: now, closedAt: null, result: null, resultNote: null, revisitSatisfied: null,
    };
    const rectification = { ...draft, id: await insertReturningId(m, Rectification, draft) } as Rectification;
    await appendRectificationEvents(m, rectification.id, null, now, {
      action: 'open', fromStatus: null, toStatus: 'open', note: evaluation.comment,
      payload: { evaluationId: evaluation.id, score: evaluation.score, subjectType: target.subjectType, reference: target.reference },
    });
    return rectification;
  }
}
