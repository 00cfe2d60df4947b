import { zonedIso } from '../calendar/domain/iso-date';
import { scoreLabel } from './domain/score';
import type { Evaluation } from './entities/evaluation.entity';
import type { Rectification } from './entities/rectification.entity';
import type { RatingTarget } from './rating-targets';

/** What a rating answers (API.md: `{id, score, label, subjectType, rectificationId|null}`). */
export function toEvaluationReceipt(e: Evaluation, rectification: Rectification | null, tz: string) {
  return {
    id: e.id,
    score: e.score,
    label: scoreLabel(e.score),
    subjectType: e.subjectType,
    rectificationId: rectification?.id ?? null,
    source: e.source,
    createdAt: zonedIso(e.createdAt, tz),
  };
}

/** The resident's view of a rating (no rectification details: those are staff business). */
export function toPublicEvaluation(e: Evaluation, tz: string) {
  return { score: e.score, label: scoreLabel(e.score), source: e.source, createdAt: zonedIso(e.createdAt, tz) };
}

/** Whether a subject can be rated now, and its rating if it has one (the rating widget opens with this). */
export function toSubjectStatus(target: RatingTarget, existing: Evaluation | null, tz: string) {
  return {
    subjectType: target.subjectType,
    reference: target.reference,
    rateable: target.rateable && existing === null,
    rated: existing !== null,
    evaluation: existing ? toPublicEvaluation(existing, tz) : null,
  };
}
