import type { AuthUser } from './domain/auth-user';
import type { User } from './user.entity';

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    departmentCodes: user.departmentCodes,
  };
}
