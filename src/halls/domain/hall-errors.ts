/** Error codes of the halls feature (pure, so view-models the browser imports can name them). */
export const HallErrorCode = {
  HALL_NOT_FOUND: 'HALL_NOT_FOUND',
  QUEUE_NOT_FOUND: 'QUEUE_NOT_FOUND',
  WINDOW_NOT_FOUND: 'WINDOW_NOT_FOUND',
} as const;
