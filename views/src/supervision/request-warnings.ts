// Which open requests the supervision page lists, in which order (pure: tested in request-warnings.spec.ts).
import type { RequestListItem } from '../../../src/requests/domain/request-views';

/** Yellow and red requests, red first, then by the limit that runs now (dispatch while waiting, else due). */
export function warningRequests(list: readonly RequestListItem[]): RequestListItem[] {
  const deadline = (r: RequestListItem) => (r.status === 'reported' ? r.respondBy : r.dueAt);
  return list
    .filter((r) => r.level === 'red' || r.level === 'yellow')
    .sort((a, b) => (a.level === b.level ? 0 : a.level === 'red' ? -1 : 1) || deadline(a).localeCompare(deadline(b)) || a.id - b.id);
}
