import type { AuthUser } from './domain/auth-user';
import type { User } from './user.entity';

export function toAuthUser(user: User): AuthUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    departmentCodes: user.departmentCodes,
    hallCodes: user.hallCodes,
    mustChangePassword: user.mustChangePassword,
  };
}

/** An account as the admin API answers it: never a password or its hash. */
export interface UserView extends AuthUser {
  active: boolean;
}

export function toUserView(user: User): UserView {
  return { ...toAuthUser(user), active: user.active };
}
