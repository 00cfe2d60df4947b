import { HallRuleCode } from './hall-rules';

/** Error codes of the halls feature (pure, so view-models the browser imports can name them). */
export const HallErrorCode = {
  HALL_NOT_FOUND: 'HALL_NOT_FOUND',
  QUEUE_NOT_FOUND: 'QUEUE_NOT_FOUND',
  WINDOW_NOT_FOUND: 'WINDOW_NOT_FOUND',
  HALL_EXISTS: 'HALL_EXISTS',
  QUEUE_EXISTS: 'QUEUE_EXISTS',
  WINDOW_EXISTS: 'WINDOW_EXISTS',
  /** A window with a clerk in it (open or paused) keeps its kind. */
  WINDOW_OPEN: 'WINDOW_OPEN',
  ...HallRuleCode,
} as const;
