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
