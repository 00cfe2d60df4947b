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
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  roles: AuthUser['roles'];
  departmentCodes: string[];
  hallCodes: string[];
  active: boolean;
  mustChangePassword: boolean;
}

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    departmentCodes: user.departmentCodes,
    hallCodes: user.hallCodes,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
  };
}
