// The admin pages' account corner: who is signed in with a 退出 button, or a 管理员登录 button.
import { html, render } from 'lit-html';
import type { Role } from '../../../src/auth/domain/auth-user';
import { session } from '../lib/api';
import { permitted } from '../lib/sign-in';

export const ADMIN_ROLES: Role[] = ['admin'];

export function isAdmin(): boolean {
  return session.token() !== null && permitted(session.user(), ADMIN_ROLES);
}

export interface AccountCorner {
  /** Classes of the two buttons: [primary, quiet]. */
  buttonClasses: [string, string];
  onSignIn: () => void;
  onSignOut: () => void;
  /** The signed-in admin's own 修改密码 (the sign-in flow's change step). */
  onChangePassword?: () => void;
}

export function renderAccount(box: HTMLElement, { buttonClasses: [primary, quiet], onSignIn, onSignOut, onChangePassword }: AccountCorner): void {
  const user = session.user();
  render(
    isAdmin() && user
      ? html`管理员：${user.displayName || user.username}${onChangePassword
          ? html` <button type="button" class=${quiet} id="change-password" @click=${onChangePassword}>修改密码</button>`
          : null} <button type="button" class=${quiet} @click=${onSignOut}>退出</button>`
      : html`<button type="button" class=${primary} id="login-open" @click=${onSignIn}>管理员登录</button>`,
    box,
  );
}
