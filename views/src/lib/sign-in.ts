// The one sign-in flow of the staff pages, over the forms of views/partials/sign_in.hbs: sign in, and the
// change-password step (forced while the account's mustChangePassword is set, or the user's own 修改密码).
import type { AuthUser, Role } from '../../../src/auth/domain/auth-user';
import { lockoutMessage } from '../../../src/auth/domain/lockout';
import { ApiError, session } from './api';
import { toast } from './dom';
import { renderPasswordHints } from './password-hints';

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
  /** Signs out on the server too (every token of the user is revoked), then shows the form. */
  signOut(): void;
  user(): AuthUser | null;
  /** The signed-in user's own 修改密码: asks current and new password, then signs in again with the new one. */
  changePassword(): void;
}

export const EXPIRED_TEXT = '登录已过期，请重新登录';
export const FORCED_CHANGE_TEXT = '首次登录或密码已被管理员重置：请设置您自己的新密码后继续。';

export function permitted(user: AuthUser | null, roles: Role[] | undefined): user is AuthUser {
  return !!user && (!roles?.length || user.roles.some((r) => roles.includes(r)));
}

/** What the sign-in form says for a failed sign-in or password change. */
export function signInFailureText(e: unknown): string {
  if (!(e instanceof ApiError)) return '登录失败，请稍后重试';
  if (e.status === 401) return '用户名或密码错误';
  if (e.status === 429) return typeof e.details?.retryAfterSeconds === 'number' ? lockoutMessage(e.details.retryAfterSeconds) : e.message;
  return e.status ? `${e.message}（${e.code}）` : e.message;
}

export function setupSignIn(options: SignInOptions): SignIn {
  const { id, roles } = options;
  const box = document.getElementById(id) as HTMLElement | HTMLDialogElement;
  const form = document.getElementById(`${id}-form`) as HTMLFormElement;
  const userInput = document.getElementById(`${id}-user`) as HTMLInputElement;
  const passInput = document.getElementById(`${id}-pass`) as HTMLInputElement;
  const error = document.getElementById(`${id}-error`) as HTMLElement;
  const heading = document.getElementById(`${id}-heading`);
  const hint = document.getElementById(`${id}-hint`);
  const change = document.getElementById(`${id}-change`) as HTMLFormElement;
  const currentInput = document.getElementById(`${id}-current`) as HTMLInputElement;
  const newInput = document.getElementById(`${id}-new`) as HTMLInputElement;
  const repeatInput = document.getElementById(`${id}-repeat`) as HTMLInputElement;
  const rules = document.getElementById(`${id}-rules`) as HTMLElement;
  const changeError = document.getElementById(`${id}-change-error`) as HTMLElement;
  const headingText = heading?.textContent ?? '';
  const isDialog = box instanceof HTMLDialogElement;
  let busy = false;
  /** The change step: forced (nothing else works until it is done) or the user's own choice. */
  let changing: 'forced' | 'voluntary' | null = null;

  function open(): void {
    if (!isDialog) box.hidden = false;
    else if (!box.open) box.showModal();
  }

  function hide(): void {
    if (!isDialog) box.hidden = true;
    else if (box.open) box.close();
  }

  function step(which: 'sign-in' | 'change'): void {
    form.hidden = which !== 'sign-in';
    change.hidden = which !== 'change';
    if (heading) heading.textContent = which === 'change' ? '修改密码' : headingText;
    if (hint) hint.hidden = which === 'change';
  }

  function show(message = ''): void {
    session.clear();
    changing = null;
    options.onSignedOut?.();
    step('sign-in');
    error.textContent = message;
    passInput.value = '';
    open();
    (userInput.value ? passInput : userInput).focus();
  }

  function showChange(mode: 'forced' | 'voluntary', current = ''): void {
    changing = mode;
    step('change');
    document.getElementById(`${id}-change-why`)!.textContent = mode === 'forced' ? FORCED_CHANGE_TEXT : `为账号 ${session.user()?.username ?? ''} 设置新密码。`;
    currentInput.value = current;
    newInput.value = '';
    repeatInput.value = '';
    changeError.textContent = '';
    updateHints();
    open();
    (current ? newInput : currentInput).focus();
  }

  function updateHints(): boolean {
    return renderPasswordHints(rules, newInput.value, session.user()?.username ?? '', repeatInput.value);
  }

  function finish(user: AuthUser): void {
    if (!permitted(user, roles)) {
      session.clear();
      step('sign-in');
      error.textContent = options.refused ?? '该账号无权使用本页面';
      return;
    }
    passInput.value = '';
    hide();
    options.onSignedIn(user);
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
      if (permitted(user, roles) && user.mustChangePassword) {
        passInput.value = '';
        showChange('forced', password);
      } else finish(user);
    } catch (e) {
      error.textContent = signInFailureText(e);
    } finally {
      busy = false;
    }
  });

  newInput.addEventListener('input', updateHints);
  repeatInput.addEventListener('input', updateHints);
  change.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    if (!currentInput.value) {
      changeError.textContent = '请输入当前密码';
      return;
    }
    if (!updateHints()) {
      changeError.textContent = '新密码不符合要求，请按提示修改';
      return;
    }
    busy = true;
    changeError.textContent = '';
    const mode = changing;
    try {
      const user = await session.changePassword(currentInput.value, newInput.value);
      currentInput.value = newInput.value = repeatInput.value = '';
      changing = null;
      step('sign-in');
      if (mode === 'forced') finish(user);
      else {
        hide();
        toast('密码已修改', 'ok');
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) return show(EXPIRED_TEXT);
      changeError.textContent = e instanceof ApiError && e.code === 'WRONG_PASSWORD' ? '当前密码不正确' : signInFailureText(e);
    } finally {
      busy = false;
    }
  });
  document.getElementById(`${id}-change-cancel`)?.addEventListener('click', () => {
    if (changing === 'forced') return show(); // nothing works before the change: back to signing in
    changing = null;
    step('sign-in');
    hide();
  });
  document.getElementById(`${id}-cancel`)?.addEventListener('click', () => hide());
  if (isDialog) {
    box.addEventListener('cancel', (e) => {
      if (changing === 'forced') {
        e.preventDefault();
        show();
      }
    });
  }

  const current = session.user();
  if (permitted(current, roles) && current.mustChangePassword) showChange('forced');
  else if (permitted(current, roles)) queueMicrotask(() => options.onSignedIn(current));
  else if (!isDialog) show(current ? options.refused : '');

  return {
    show,
    signOut: () => {
      session.logout();
      show();
    },
    user: () => session.user(),
    changePassword: () => {
      if (session.user()) showChange('voluntary');
      else show();
    },
  };
}
