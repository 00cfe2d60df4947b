/** Published after a case command commits; the realtime listener sends them to the department rooms. */
export const CaseEvents = { CHANGED: 'case.changed', WARNING: 'case.warning' } as const;

export interface CaseChangedEvent {
  /** `assigned` when a department receives the case (dispatch, transfer, re-dispatch); `updated` otherwise. */
  kind: 'assigned' | 'updated';
  caseId: number;
  caseNumber: string;
  status: string;
  level: string | null;
  action: string;
  departments: string[];
  /** The case's hall and its status before the command: the hall's consoles follow their 待取件 count by them. */
  hallCode: string;
  previousStatus: string;
}

/** A case's light changed (green → yellow → red → red_plus), found by the deadline sweep. */
export interface CaseWarningEvent {
  caseId: number;
  caseNumber: string;
  level: string | null;
  previous: string | null;
  /** Departments holding an open task: their rooms hear it, and so does the supervision room. */
  departments: string[];
  supervised: boolean;
}

/** Case events → payloads, part of the DomainEventMap. */
export interface CaseEventMap {
  [CaseEvents.CHANGED]: CaseChangedEvent;
  [CaseEvents.WARNING]: CaseWarningEvent;
}
