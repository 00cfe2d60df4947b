/** Who takes a number: a resident at an unpaired kiosk (anonymous), a paired kiosk, or signed-in staff. */
export type TicketIssuer = { kind: 'anonymous' } | { kind: 'staff' } | { kind: 'kiosk'; hall: string };

export const IssueErrorCode = {
  /** 403: 绿色通道 is granted at a paired kiosk or by staff, never anonymously. */
  PRIORITY_NEEDS_DEVICE: 'PRIORITY_NEEDS_DEVICE',
  /** 403: a kiosk issues numbers at its own hall only. */
  DEVICE_WRONG_PLACE: 'DEVICE_WRONG_PLACE',
} as const;

export type IssueRefusal = (typeof IssueErrorCode)[keyof typeof IssueErrorCode];

/** Why this issuer may not take this ticket at this hall, or null. Hall codes compare case-insensitively. */
export function issueRefusal(issuer: TicketIssuer, hall: string, priority: boolean): IssueRefusal | null {
  if (issuer.kind === 'kiosk' && issuer.hall.toUpperCase() !== hall.toUpperCase()) return IssueErrorCode.DEVICE_WRONG_PLACE;
  if (priority && issuer.kind === 'anonymous') return IssueErrorCode.PRIORITY_NEEDS_DEVICE;
  return null;
}
