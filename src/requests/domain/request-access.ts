import type { AuthUser, Role } from '../../auth/domain/auth-user';
import { worksInHall } from '../../auth/domain/hall-access';
import { requestTransition, type RequestCommand, type RequestStatus } from './request-state';
import type { RequestTaskStatus } from './request-views';

/** What the rules look at: the request's hall, status, reporter and its departments' tasks. */
export interface RequestFactsForAccess {
  hallCode: string;
  status: RequestStatus;
  createdBy: number | null;
  tasks: ReadonlyArray<{ departmentCode: string; status: RequestTaskStatus }>;
}

type Who = Pick<AuthUser, 'id' | 'roles' | 'hallCodes' | 'departmentCodes'>;

const has = (user: Who, ...roles: Role[]) => roles.some((r) => user.roles.includes(r));
const overseer = (user: Who) => has(user, 'admin', 'supervisor');

/** The dispatcher's desk (指挥调度) of the request's hall; supervisors and admins oversee every hall. */
export const dispatchesAt = (user: Who, hallCode: string): boolean =>
  overseer(user) || (has(user, 'dispatcher') && worksInHall(user, hallCode));

/** The user's department task that is still assigned (not returned): the one an officer acts on. */
export function taskOf<T extends { departmentCode: string; status: RequestTaskStatus }>(user: Who, tasks: readonly T[]): T | undefined {
  if (!has(user, 'officer', 'head')) return undefined;
  return tasks.find((t) => t.status !== 'returned' && user.departmentCodes.includes(t.departmentCode));
}

/**
 * Who sees a request: the hall's dispatchers and clerks (hotline entry, 回访), supervisors and admins, the
 * officers of a department it is assigned to, and the grid member who reported it. Departments it was never
 * sent to (or that returned it) do not: 403 on its actions, absent from their lists.
 */
export function mayReadRequest(user: Who, r: RequestFactsForAccess): boolean {
  if (dispatchesAt(user, r.hallCode)) return true;
  if (has(user, 'clerk') && worksInHall(user, r.hallCode)) return true;
  if (taskOf(user, r.tasks)) return true;
  return r.createdBy !== null && r.createdBy === user.id;
}

/**
 * Whether the user is the kind of person a command is for at this request, whatever its status: the
 * dispatcher's desk for dispatch and close, the desk or the hall's clerks for 回访, an assigned department
 * for claim, reply and return. A refusal by this is 403; by the status, 409.
 */
export function holdsRoleFor(user: Who, command: RequestCommand, r: RequestFactsForAccess): boolean {
  switch (command) {
    case 'dispatch':
    case 'close':
      return dispatchesAt(user, r.hallCode);
    case 'revisit':
      return dispatchesAt(user, r.hallCode) || (has(user, 'clerk') && worksInHall(user, r.hallCode));
    default:
      return taskOf(user, r.tasks) !== undefined;
  }
}

/**
 * The photos (a resident's home, a face in the street) go only to the dispatcher's desk and the departments it
 * was sent to, and back to the grid member who took them; not to every clerk who may read the request.
 */
export function maySeePhotos(user: Who, r: RequestFactsForAccess): boolean {
  return dispatchesAt(user, r.hallCode) || taskOf(user, r.tasks) !== undefined || (r.createdBy !== null && r.createdBy === user.id);
}

/** The commands this user may run on the request now: both the server's check and the board's buttons. */
export function requestActionsFor(user: Who, r: RequestFactsForAccess): RequestCommand[] {
  const allowed: RequestCommand[] = [];
  const task = taskOf(user, r.tasks);
  const othersWorking = (mine?: { departmentCode: string }) =>
    r.tasks.some((t) => t !== mine && t.departmentCode !== mine?.departmentCode && (t.status === 'dispatched' || t.status === 'in_progress'));
  if (dispatchesAt(user, r.hallCode)) {
    if (requestTransition(r.status, 'dispatch')) allowed.push('dispatch');
    if (requestTransition(r.status, 'close')) allowed.push('close');
  }
  if (task) {
    if (task.status === 'dispatched' && requestTransition(r.status, 'claim')) allowed.push('claim');
    // a reply from a task not yet claimed claims it on the way (one click for the officer)
    if ((task.status === 'dispatched' || task.status === 'in_progress') && requestTransition('in_progress', 'reply')) allowed.push('reply');
    if ((task.status === 'dispatched' || task.status === 'in_progress') && requestTransition(r.status, 'return', { othersWorking: othersWorking(task) })) allowed.push('return');
  }
  if ((dispatchesAt(user, r.hallCode) || (has(user, 'clerk') && worksInHall(user, r.hallCode))) && requestTransition(r.status, 'revisit')) allowed.push('revisit');
  return allowed;
}

/** Who may file which source (API.md): anyone as a resident, staff at the hall for a hotline transfer, grid accounts for grid/patrol. */
export function maySubmitSource(user: Who | null, source: 'resident' | 'hotline' | 'grid' | 'patrol', hallCode: string): boolean {
  if (source === 'resident') return true;
  if (!user) return false;
  if (source === 'hotline') return overseer(user) || (has(user, 'dispatcher', 'clerk') && worksInHall(user, hallCode));
  return has(user, 'grid') && worksInHall(user, hallCode);
}
