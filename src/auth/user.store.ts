import { EntityManager, In } from 'typeorm';
import { User } from './user.entity';

export async function hasUsers(m: EntityManager): Promise<boolean> {
  return (await m.count(User)) > 0;
}

/** New accounts (the seed of an empty database). */
export async function insertUsers(m: EntityManager, users: Array<Omit<User, 'id'>>): Promise<void> {
  await m.insert(User, users);
}

/** Staff display names by user id, for pages and boards that show who holds a task. */
export async function displayNames(m: EntityManager, userIds: number[]): Promise<Map<number, string>> {
  const ids = [...new Set(userIds)];
  const users = ids.length ? await m.find(User, { select: { id: true, displayName: true }, where: { id: In(ids) } }) : [];
  return new Map(users.map((u) => [u.id, u.displayName]));
}

/** What token checks need of an account: its current token version and whether it may sign in. */
export async function tokenState(m: EntityManager, id: number): Promise<{ tokenVersion: number; active: boolean } | null> {
  return m.findOne(User, { select: { id: true, tokenVersion: true, active: true }, where: { id } });
}

/** Raises the user's token version (revoking every earlier token); returns the event to publish after commit. */
export async function bumpTokenVersion(m: EntityManager, userId: number): Promise<{ userId: number; tokenVersion: number }> {
  await m.increment(User, { id: userId }, 'tokenVersion', 1);
  const row = await m.findOneOrFail(User, { select: { id: true, tokenVersion: true }, where: { id: userId } });
  return { userId, tokenVersion: row.tokenVersion };
}

/** Id, username, display name and roles of these accounts, for reports that name staff. */
export async function staffRefs(m: EntityManager, userIds: number[]): Promise<Map<number, { id: number; username: string; displayName: string; roles: User['roles'] }>> {
  const ids = [...new Set(userIds)];
  const users = ids.length ? await m.find(User, { select: { id: true, username: true, displayName: true, roles: true }, where: { id: In(ids) } }) : [];
  return new Map(users.map((u) => [u.id, { id: u.id, username: u.username, displayName: u.displayName, roles: u.roles }]));
}
