import { parseCaseRef } from '../../cases/case-qr';
import type { Role } from '../../auth/domain/auth-user';
import { REQUEST_SOURCE_LABELS, type RequestSource } from '../domain/request-views';

/** A hall as the pages name it. */
export interface HallName {
  code: string;
  name: string;
}

/** What a resident types or scans to see a request: its number and query code. */
export interface RequestRef {
  requestNumber: string;
  code: string;
}

/** Hall codes as the API accepts them (CreateRequestDto). */
export const HALL_CODE = /^[A-Za-z0-9]{1,16}$/;

const GRID_SOURCES: RequestSource[] = ['grid', 'patrol'];

/** `S` + a case number (`STC202612030001`) and a 6-character query code, normalised; or null. */
export function parseRequestRef(requestNumber: unknown, code: unknown): RequestRef | null {
  if (typeof requestNumber !== 'string' || !/^\s*s/i.test(requestNumber)) return null;
  const ref = parseCaseRef(requestNumber, code);
  return ref ? { requestNumber: ref.caseNumber, code: ref.code } : null;
}

export const requestStatusPath = (ref: RequestRef) => `/requests/status/${encodeURIComponent(ref.requestNumber)}?code=${encodeURIComponent(ref.code)}`;

/** /requests/new?hall=TC: the resident's phone report page; the form loads the categories itself. */
export function reportPageViewModel(hall: HallName) {
  return {
    title: `我要反映 · ${hall.name}`,
    hallName: hall.name,
    client: {
      halls: [hall],
      draftKey: `onewindow.request-draft.${hall.code}`,
    },
  };
}

/** /requests/new without a hall (a mistyped link): the halls to choose from. */
export function reportHallChoiceViewModel(halls: HallName[]) {
  return {
    title: '我要反映',
    halls: halls.map((h) => ({ name: h.name, href: `/requests/new?hall=${encodeURIComponent(h.code)}` })),
  };
}

/** /requests/status/{n}?code=: the page fetches the public view (no phone or name in it) and offers the rating. */
export function requestStatusViewModel(ref: RequestRef) {
  return { title: `诉求进度 · ${ref.requestNumber}`, client: ref };
}

export type LookupProblem = 'none' | 'invalid';

/** /requests/status: the form for the number and query code. */
export function requestLookupViewModel(form: { requestNumber: string; code: string }, problem: LookupProblem) {
  return {
    title: '诉求进度查询',
    lookup: {
      form,
      missing: problem === 'invalid' ? '诉求编号或查询码格式不正确，请核对提交成功时显示的编号（S 开头）和 6 位查询码。' : null,
    },
  };
}

/** /requests/qr?hall=TC: the A4 poster with the QR code of the hall's report page. */
export function requestPosterViewModel(hall: HallName, reportUrl: string) {
  return {
    title: `接诉即办二维码 · ${hall.name}`,
    hallName: hall.name,
    reportUrl,
    qrSrc: `/qr/requests/${encodeURIComponent(hall.code)}.svg`,
  };
}

/** /grid: the grid worker's phone page; the halls are the ones a grid account may report to (its own, from the token). */
export function gridPageViewModel(halls: HallName[]) {
  const roles: Role[] = ['grid'];
  return {
    title: '网格上报',
    client: {
      halls,
      roles,
      sources: GRID_SOURCES.map((value) => ({ value, label: REQUEST_SOURCE_LABELS[value] })),
    },
  };
}
