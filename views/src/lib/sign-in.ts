// The one sign-in flow of the staff pages, over the form of views/partials/sign_in.hbs.
import type { AuthUser, Role } from '../../../src/auth/domain/auth-user';
import { ApiError, session } from './api';

export interface SignInOptions {
  /** The `id` given to the sign_in partial. */
  id: string;
  /** Roles that may use the page (any of them); empty or absent: any staff member. */
  roles?: Role[];
  /** What a signed-in user of another role is told. */
  refused?: string;
  /** Runs once a permitted user is signed in (at start when the tab already holds a session). */
  onSignedIn: (user: AuthUser) => void;
  /** Runs whenever the form is shown (the page hides its work and stops its feeds). */
  onSignedOut?: () => void;
}

export interface SignIn {
  /** Ends the session (or its expiry was noticed) and shows the form with an optional message. */
  show(message?: string): void;
  signOut(): void;
  user(): AuthUser | null;
}

export const EXPIRED_TEXT = '登录已过期，请重新登录';

export function permitted(user: AuthUser | null, roles: Role[] | undefined): user is AuthUser {
  return !!user && (!roles?.length || user.roles.some((r) => roles.includes(r)));
}

export function setupSignIn(options: SignInOptions): SignIn {
  const { id, roles } = options;
  const box = document.getElementById(id) as HTMLElement | HTMLDialogElement;
  const form = document.getElementById(`${id}-form`) as HTMLFormElement;
  const userInput = document.getElementById(`${id}-user`) as HTMLInputElement;
  const passInput = document.getElementById(`${id}-pass`) as HTMLInputElement;
  const error = document.getElementById(`${id}-error`) as HTMLElement;
  const isDialog = box instanceof HTMLDialogElement;
  let busy = false;

  function hide(): void {
    if (!isDialog) box.hidden = true;
    else if (box.open) box.close();
  }

  function show(message = ''): void {
    session.clear();
    options.onSignedOut?.();
    error.textContent = message;
    passInput.value = '';
    if (!isDialog) box.hidden = false;
    else if (!box.open) box.showModal();
    (userInput.value ? passInput : userInput).focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    const username = userInput.value.trim();
    const password = passInput.value;
    if (!username || !password) {
      error.textContent = '请输入用户名和密码';
      return;
    }
    busy = true;
    error.textContent = '';
    try {
      const user = await session.login(username, password);
      if (!permitted(user, roles)) {
        session.clear();
        error.textContent = options.refused ?? '该账号无权使用本页面';
        return;
      }
      passInput.value = '';
      hide();
      options.onSignedIn(user);
    } catch (e) {
      error.textContent = e instanceof ApiError && e.status === 401 ? '用户名或密码错误' : e instanceof ApiError ? e.message : '登录失败，请稍后重试';
    } finally {
      busy = false;
    }
  });
  document.getElementById(`${id}-cancel`)?.addEventListener('click', () => hide());

  const current = session.user();
  if (session.token() && permitted(current, roles)) queueMicrotask(() => options.onSignedIn(current));
  else if (!isDialog) show(current && session.token() ? options.refused : '');

  return { show, signOut: () => show(), user: () => session.user() };
}
