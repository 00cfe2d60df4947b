/** Codes of the rating loop (the shared ones live in common/error-codes). */
export const EvaluationErrorCode = {
  /** A second rating of the same visit or case. */
  ALREADY_RATED: 'ALREADY_RATED',
  /** The visit is not finished or the case not delivered yet. */
  NOT_RATEABLE: 'NOT_RATEABLE',
  /** The window pad has no recent finished visit to rate. */
  NO_PENDING_EVALUATION: 'NO_PENDING_EVALUATION',
  /** The residents' rating route was called with a staff or device token: staff never rate, devices rate on their own route. */
  RATING_RESIDENTS_ONLY: 'RATING_RESIDENTS_ONLY',
  RECTIFICATION_NOT_FOUND: 'RECTIFICATION_NOT_FOUND',
  /** Same strings as the queue's and the cases' own 404s: a wrong token or query code. */
  TICKET_NOT_FOUND: 'TICKET_NOT_FOUND',
  CASE_NOT_FOUND: 'CASE_NOT_FOUND',
  REQUEST_NOT_FOUND: 'REQUEST_NOT_FOUND',
} as const;
