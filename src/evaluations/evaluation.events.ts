import type { SubjectType } from './domain/rating-subject';
/** Published after a rating or a rectification step commits; listeners (realtime, reports) pick them up. */
export const EvaluationEvents = {
  RATED: 'evaluation.rated',
  RECTIFICATION_CHANGED: 'rectification.changed',
} as const;

export interface EvaluationRatedEvent {
  evaluationId: number;
  hallCode: string;
  subjectType: SubjectType;
  score: number;
  source: string;
  windowNumber: number | null;
  rectificationId: number | null;
}

/** `open` when a bad review opened the task; otherwise the command that moved it. */
export interface RectificationChangedEvent {
  rectificationId: number;
  action: string;
  status: string;
  ownerType: 'department' | 'window';
  departmentCode: string | null;
  hallCode: string;
  windowNumber: number | null;
  dueDate: string;
}

/** Evaluation events → payloads, part of the DomainEventMap. */
export interface EvaluationEventMap {
  [EvaluationEvents.RATED]: EvaluationRatedEvent;
  [EvaluationEvents.RECTIFICATION_CHANGED]: RectificationChangedEvent;
}
