import type { AuthUser } from '../auth/domain/auth-user';
import { zonedIso } from '../calendar/domain/iso-date';
import { maskPhone } from '../cases/domain/masking';
import { maySeePhotos, requestActionsFor } from './domain/request-access';
import { publicTimeline, REQUEST_STATUS_TEXT } from './domain/request-public';
import type { RequestStatus } from './domain/request-state';
import type { PublicRequestView, RequestCreatedView, RequestDetailView, RequestListItem, RequestTrailView } from './domain/request-views';
import type { RequestEvent } from './entities/request-event.entity';
import type { RequestPhoto } from './entities/request-photo.entity';
import type { RequestTask } from './entities/request-task.entity';
import type { ResidentRequest } from './entities/request.entity';

const iso = (ms: number, tz: string) => zonedIso(ms, tz);
const isoOrNull = (ms: number | null, tz: string) => (ms === null ? null : zonedIso(ms, tz));
const nameOf = (names: ReadonlyMap<string, string>, code: string) => names.get(code) ?? code;

export function toRequestCreated(r: ResidentRequest, tz: string): RequestCreatedView {
  return { id: r.id, requestNumber: r.requestNumber, queryCode: r.queryCode, status: r.status, reportedAt: iso(r.reportedAt, tz), respondBy: iso(r.respondBy, tz), dueAt: iso(r.dueAt, tz) };
}

/** A list row: the phone masked, no name. */
export function toRequestListItem(r: ResidentRequest, tasks: RequestTask[], photoCount: number, tz: string): RequestListItem {
  return {
    id: r.id, requestNumber: r.requestNumber, hall: r.hallCode, categoryCode: r.categoryCode, categoryName: r.categoryName,
    source: r.source, status: r.status, level: r.level, description: r.description, location: r.location, phone: maskPhone(r.phone),
    reportedAt: iso(r.reportedAt, tz), respondBy: iso(r.respondBy, tz), dueAt: iso(r.dueAt, tz), repliedAt: isoOrNull(r.repliedAt, tz),
    departmentCodes: tasks.filter((t) => t.status !== 'returned').map((t) => t.departmentCode),
    taskStatuses: tasks.map((t) => ({ departmentCode: t.departmentCode, status: t.status })),
    returnReason: [...tasks].reverse().find((t) => t.status === 'returned')?.returnReason ?? null,
    photoCount,
  };
}

export interface RequestDetailParts {
  tasks: RequestTask[];
  photos: RequestPhoto[];
  events: RequestEvent[];
  departmentNames: ReadonlyMap<string, string>;
  tz: string;
}

/** The whole request for staff who reach it: the phone and name as given (they call the resident back). */
export function toRequestDetail(r: ResidentRequest, user: AuthUser, p: RequestDetailParts): RequestDetailView {
  const names = p.departmentNames;
  return {
    ...toRequestListItem(r, p.tasks, p.photos.length, p.tz),
    phone: r.phone,
    name: r.name,
    hotlineRef: r.hotlineRef,
    dispatchedAt: isoOrNull(r.dispatchedAt, p.tz),
    closedAt: isoOrNull(r.closedAt, p.tz),
    tasks: p.tasks.map((t) => ({
      departmentCode: t.departmentCode, departmentName: nameOf(names, t.departmentCode), status: t.status, assigneeName: t.assigneeName,
      dispatchedAt: iso(t.dispatchedAt, p.tz), claimedAt: isoOrNull(t.claimedAt, p.tz), repliedAt: isoOrNull(t.repliedAt, p.tz),
      replyText: t.replyText, returnReason: t.returnReason,
    })),
    photos: (maySeePhotos(user, { ...r, tasks: p.tasks }) ? p.photos : []).map((ph) => ({ id: ph.id, url: `/api/v1/requests/${r.id}/photos/${ph.id}`, contentType: ph.contentType, size: ph.size })),
    revisit: r.revisitAt === null ? null : { satisfied: Boolean(r.revisitSatisfied), note: r.revisitNote, at: iso(r.revisitAt, p.tz), actorName: r.revisitBy },
    trail: p.events.map((e) => toTrailView(e, names, p.tz)),
    actions: requestActionsFor(user, { ...r, tasks: p.tasks }),
  };
}

function toTrailView(e: RequestEvent, names: ReadonlyMap<string, string>, tz: string): RequestTrailView {
  const [line] = publicTimeline([{ at: e.at, action: e.action, toStatus: e.toStatus as RequestStatus, departmentName: e.departmentCode ? nameOf(names, e.departmentCode) : null }]);
  return {
    at: iso(e.at, tz), action: e.action, status: e.toStatus as RequestStatus, actorName: e.actorName, departmentCode: e.departmentCode,
    text: e.reason ? `${line.text}：${e.reason}` : line.text,
  };
}

/** The resident's page: no phone, no name, no staff names, no return reasons. */
export function toPublicRequest(r: ResidentRequest, p: Omit<RequestDetailParts, 'photos'> & { rated: boolean }): PublicRequestView {
  const names = p.departmentNames;
  const timeline = publicTimeline(p.events.map((e) => ({
    at: e.at, action: e.action, toStatus: e.toStatus as RequestStatus, departmentName: e.departmentCode ? nameOf(names, e.departmentCode) : null,
  })));
  return {
    requestNumber: r.requestNumber,
    categoryName: r.categoryName,
    status: r.status,
    statusText: REQUEST_STATUS_TEXT[r.status],
    reportedAt: iso(r.reportedAt, p.tz),
    dueAt: iso(r.dueAt, p.tz),
    replies: p.tasks.filter((t) => t.status === 'replied' && t.replyText).map((t) => ({ departmentName: nameOf(names, t.departmentCode), text: t.replyText!, at: iso(t.repliedAt!, p.tz) })),
    timeline: timeline.map((l) => ({ ...l, at: iso(l.at, p.tz) })),
    canRate: (r.status === 'replied' || r.status === 'closed') && !p.rated,
  };
}
