import { ALL_ROLES } from '../domain/auth-user';
import { PASSWORD_MIN_LENGTH } from '../domain/password-rules';
import { ROLE_LABELS } from '../domain/role-labels';

/** The admins' accounts page (人员账号): it holds no accounts; its script signs in as admin and calls the users API. */
export function adminUsersViewModel() {
  return {
    title: '人员账号管理',
    passwordMinLength: PASSWORD_MIN_LENGTH,
    client: {
      roles: ALL_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
    },
  };
}
