/** Published after a case command commits; the realtime listener sends them to the department rooms. */
export const CaseEvents = { CHANGED: 'case.changed' } as const;

export interface CaseChangedEvent {
  /** `assigned` when a department receives the case (dispatch, transfer, re-dispatch); `updated` otherwise. */
  kind: 'assigned' | 'updated';
  caseId: number;
  caseNumber: string;
  status: string;
  level: string | null;
  action: string;
  departments: string[];
}
