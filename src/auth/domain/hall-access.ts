import type { AuthUser } from './auth-user';

/** Who the hall rules look at: an account's roles and halls (the signed-in user, or a stored account). */
export type HallMember = Pick<AuthUser, 'roles' | 'hallCodes'>;

/** Hall codes are unique whatever their case (`HALL_EXISTS`), so `tc` and `TC` name the same hall. */
export const sameHall = (a: string, b: string): boolean => a.toUpperCase() === b.toUpperCase();

/** Admin and supervisor oversee every hall (their `hallCodes` are empty); everyone else only the halls listed. */
export const worksEverywhere = (user: Pick<AuthUser, 'roles'>): boolean => user.roles.includes('admin') || user.roles.includes('supervisor');

/**
 * Staff work only in their halls (API.md: outside them → 403 `HALL_FORBIDDEN`): window and queue work, cases
 * taken in at a hall, a hall's staff socket subscriptions. Admin and supervisor work in every hall; any other
 * account in the halls of its `hallCodes`, compared without regard to case.
 *
 * Cases are the one place where a hall is not the only way in: a case's back office is its departments, and
 * cases filed at any hall or service point go to the same department inboxes (API.md, 多点可办), so an officer or
 * head reaches a case through one of its departments whatever hall took it in (`reachesCase` in
 * `cases/domain/case-access.ts`); the front desk (clerk, agent) reaches it only through the hall.
 */
export function worksInHall(user: HallMember, hallCode: string): boolean {
  return worksEverywhere(user) || user.hallCodes.some((h) => sameHall(h, hallCode));
}

/** The halls whose data a list may show the user: null for every hall (admin, supervisor). */
export function hallsOf(user: HallMember): string[] | null {
  return worksEverywhere(user) ? null : [...user.hallCodes];
}

/** True when the account is listed in this hall itself (not merely overseeing every hall as admin or supervisor). */
export function assignedToHall(user: HallMember, hallCode: string): boolean {
  return user.hallCodes.some((h) => sameHall(h, hallCode));
}
