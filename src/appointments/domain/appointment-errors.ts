/** Stable error codes of appointments (预约). */
export const AppointmentErrorCode = {
  /** 409: every place of the slot is taken. */
  SLOT_FULL: 'SLOT_FULL',
  /** 409: the phone already holds an active booking at this hall that day. */
  ALREADY_BOOKED: 'ALREADY_BOOKED',
  /** 422: the slot has begun, lies outside the opening hours or the booking horizon, or the day is off. */
  SLOT_UNAVAILABLE: 'SLOT_UNAVAILABLE',
  /** 409: 爽约限制 — 3 no-shows within 30 days block booking for 7 days. */
  BOOKING_BLOCKED: 'BOOKING_BLOCKED',
  /** 404: no such code at this hall, or the phone given is not the booking's. */
  APPOINTMENT_NOT_FOUND: 'APPOINTMENT_NOT_FOUND',
  /** 409: outside the check-in window (30 minutes before to 15 minutes into the slot), or a no-show. */
  CHECK_IN_CLOSED: 'CHECK_IN_CLOSED',
  /** 409: the appointment has its ticket already. */
  ALREADY_CHECKED_IN: 'ALREADY_CHECKED_IN',
  /** 409: checked in, a no-show, or the slot has begun: it can no longer be cancelled. */
  NOT_CANCELLABLE: 'NOT_CANCELLABLE',
} as const;
