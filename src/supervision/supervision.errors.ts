/** Stable codes of the supervision API (电子监察), beside the shared ones in common/error-codes. */
export const SupervisionErrorCode = {
  /** `period` is not day, week or month. */
  INVALID_PERIOD: 'INVALID_PERIOD',
  /** `from` or `to` is not a real YYYY-MM-DD date. */
  INVALID_DATE: 'INVALID_DATE',
  /** `to` is before `from`. */
  INVALID_RANGE: 'INVALID_RANGE',
  /** The range is longer than 366 days. */
  RANGE_TOO_LONG: 'RANGE_TOO_LONG',
} as const;
