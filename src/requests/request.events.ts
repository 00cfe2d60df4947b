/** Published after a request command commits (or the hour sweep changes a light); the realtime listener relays them. */
export const RequestEvents = { CHANGED: 'request.changed', WARNING: 'request.warning' } as const;

interface RequestEventBase {
  requestId: number;
  requestNumber: string;
  categoryCode: string;
  hallCode: string;
  status: string;
  level: string | null;
}

export interface RequestChangedEvent extends RequestEventBase {
  /** `reported` for a new request (the dispatch room), `assigned` for departments that newly received it, `updated` otherwise. */
  kind: 'reported' | 'assigned' | 'updated';
  action: string;
  departments: string[];
}

/** A request's light changed (green → yellow → red), found by the hour sweep. */
export interface RequestWarningEvent extends RequestEventBase {
  previous: string | null;
  /** Departments holding a task still open: their rooms hear it, as does the dispatch room. */
  departments: string[];
}

export interface RequestEventMap {
  [RequestEvents.CHANGED]: RequestChangedEvent;
  [RequestEvents.WARNING]: RequestWarningEvent;
}
