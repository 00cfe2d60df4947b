// Every admin page's sign-in and account corner (管理员：… 修改密码 退出), set up one way.
import { session } from '../lib/api';
import { $ } from '../lib/dom';
import { setupSignIn, type SignIn } from '../lib/sign-in';
import { ADMIN_ROLES, renderAccount } from './account';

export interface AdminSignInOptions {
  /** What a signed-in account that is not an admin is told on this page. */
  refused: string;
  /** Classes of the corner's two buttons: [primary, quiet]. */
  buttonClasses: [string, string];
  onSignedIn: () => void;
  onSignedOut?: () => void;
}

/** Signing out revokes the sign-in on the server and reloads, so nothing of the session stays on screen. */
export function setupAdminSignIn(options: AdminSignInOptions): SignIn {
  const signIn = setupSignIn({
    id: 'login',
    roles: ADMIN_ROLES,
    refused: options.refused,
    onSignedIn: () => {
      refreshAccount();
      options.onSignedIn();
    },
    onSignedOut: () => {
      refreshAccount();
      options.onSignedOut?.();
    },
  });

  function refreshAccount(): void {
    renderAccount($('#account'), {
      buttonClasses: options.buttonClasses,
      onSignIn: () => signIn.show(),
      onChangePassword: () => signIn.changePassword(),
      onSignOut: () => {
        session.logout();
        window.location.reload();
      },
    });
  }

  refreshAccount();
  return signIn;
}
