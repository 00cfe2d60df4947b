import type { RequestLevel } from './request-light';
import type { RequestCommand, RequestStatus } from './request-state';

/**
 * What the request endpoints answer (API.md "Resident requests and events"), for the server's mappers and
 * the pages alike. Times are epoch milliseconds in the API's ISO form (strings) as the other endpoints send them.
 */
export const REQUEST_SOURCES = ['resident', 'hotline', 'grid', 'patrol'] as const;
export type RequestSource = (typeof REQUEST_SOURCES)[number];

export const REQUEST_SOURCE_LABELS: Record<RequestSource, string> = {
  resident: '居民扫码',
  hotline: '热线转办',
  grid: '网格员上报',
  patrol: '巡查上报',
};

/** A department's share of a request. */
export const REQUEST_TASK_STATUSES = ['dispatched', 'in_progress', 'replied', 'returned'] as const;
export type RequestTaskStatus = (typeof REQUEST_TASK_STATUSES)[number];

export const REQUEST_TASK_STATUS_LABELS: Record<RequestTaskStatus, string> = {
  dispatched: '待接单',
  in_progress: '处理中',
  replied: '已答复',
  returned: '已退回',
};

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  reported: '待派单',
  dispatched: '已派单',
  in_progress: '处理中',
  replied: '已答复',
  closed: '已办结',
  returned: '被退回',
};

/** POST /api/v1/requests → 201. */
export interface RequestCreatedView {
  id: number;
  requestNumber: string;
  queryCode: string;
  status: RequestStatus;
  reportedAt: string;
  respondBy: string;
  dueAt: string;
}

/** One row of GET /api/v1/requests: the phone masked, no name. */
export interface RequestListItem {
  id: number;
  requestNumber: string;
  hall: string;
  categoryCode: string;
  categoryName: string;
  source: RequestSource;
  status: RequestStatus;
  level: RequestLevel | null;
  description: string;
  location: string | null;
  phone: string;
  reportedAt: string;
  respondBy: string;
  dueAt: string;
  repliedAt: string | null;
  /** Departments holding a task that was not returned. */
  departmentCodes: string[];
  /** Each department's share as it stands (a returned one included), so a desk shows its own without the detail. */
  taskStatuses: Array<{ departmentCode: string; status: RequestTaskStatus }>;
  /** Why the latest department that sent it back did so (null when none did). */
  returnReason: string | null;
  photoCount: number;
}

export interface RequestTaskView {
  departmentCode: string;
  departmentName: string;
  status: RequestTaskStatus;
  assigneeName: string | null;
  dispatchedAt: string;
  claimedAt: string | null;
  repliedAt: string | null;
  replyText: string | null;
  returnReason: string | null;
}

export interface RequestTrailView {
  at: string;
  action: string;
  status: RequestStatus;
  actorName: string | null;
  departmentCode: string | null;
  text: string;
}

/** GET /api/v1/requests/{id}: whole for the staff who reach it (the phone and name unmasked). */
export interface RequestDetailView extends RequestListItem {
  name: string | null;
  hotlineRef: string | null;
  dispatchedAt: string | null;
  closedAt: string | null;
  tasks: RequestTaskView[];
  /** Staff-only addresses of the photos (GET /api/v1/requests/{id}/photos/{photoId}). */
  photos: Array<{ id: number; url: string; contentType: string; size: number }>;
  revisit: { satisfied: boolean; note: string | null; at: string; actorName: string | null } | null;
  trail: RequestTrailView[];
  /** The commands this user may run now (the board shows exactly these buttons). */
  actions: RequestCommand[];
}

/** GET /api/v1/public/requests/{requestNumber}?code=. */
export interface PublicRequestView {
  requestNumber: string;
  categoryName: string;
  status: RequestStatus;
  statusText: string;
  reportedAt: string;
  dueAt: string;
  replies: Array<{ departmentName: string; text: string; at: string }>;
  timeline: Array<{ at: string; status: RequestStatus; text: string }>;
  /** Whether the resident may rate it now (replied or closed, not rated yet). */
  canRate: boolean;
}

/** GET /api/v1/requests/figures?by=category|department|week. */
export type RequestFiguresBy = 'category' | 'department' | 'week';

/** Socket payload of request.reported / request.assigned / request.updated / request.warning. */
export interface RequestChangeMessage {
  requestId: number;
  requestNumber: string;
  categoryCode: string;
  status: RequestStatus;
  level: RequestLevel | null;
  department?: string;
}
