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
}

export function renderAccount(box: HTMLElement, { buttonClasses: [primary, quiet], onSignIn, onSignOut }: AccountCorner): void {
  const user = session.user();
  render(
    isAdmin() && user
      ? html`管理员：${user.displayName || user.username} <button type="button" class=${quiet} @click=${onSignOut}>退出</button>`
      : html`<button type="button" class=${primary} id="login-open" @click=${onSignIn}>管理员登录</button>`,
    box,
  );
}
