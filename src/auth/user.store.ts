import { EntityManager, In } from 'typeorm';
import { User } from './user.entity';

/** Staff display names by user id, for pages and boards that show who holds a task. */
export async function displayNames(m: EntityManager, userIds: number[]): Promise<Map<number, string>> {
  const ids = [...new Set(userIds)];
  const users = ids.length ? await m.find(User, { select: { id: true, displayName: true }, where: { id: In(ids) } }) : [];
  return new Map(users.map((u) => [u.id, u.displayName]));
}
