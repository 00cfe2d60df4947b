// The admins' accounts page (人员账号管理): every account with its roles, departments and halls; one form
// to create or edit an account (the password rules checked live, the server's own rules); password reset in
// a confirm dialog; departments listed and added. A failed save shows the server's message and code and keeps
// what was typed; a successful one empties the form for the next account.
import { html, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { AuthUser, Role } from '../../../src/auth/domain/auth-user';
import { needsHall } from '../../../src/auth/domain/auth-user';
import { passwordProblems, PASSWORD_PROBLEM_TEXT } from '../../../src/auth/domain/password-rules';
import { roleText } from '../../../src/auth/domain/role-labels';
import type { DepartmentView } from '../../../src/catalog/domain/catalog-views';
import type { HallSummaryView } from '../../../src/halls/domain/hall-layout';
import { isAdmin } from '../admin/account';
import { setupAdminSignIn } from '../admin/admin-sign-in';
import { adminBanner } from '../admin/banner';
import { adminFailure, isUnauthorized } from '../admin/failure';
import { litTarget } from '../admin/lit-target';
import { api } from '../lib/api';
import { $ } from '../lib/dom';
import { renderPasswordHints } from '../lib/password-hints';

/** An account as GET /api/v1/users answers it. */
export type UserRow = AuthUser & { active: boolean };

export interface UsersAdminData {
  roles: Array<{ value: Role; label: string }>;
}

export function startUsersAdmin(data: UsersAdminData): void {
  const S = { users: [] as UserRow[], departments: [] as DepartmentView[], halls: [] as HallSummaryView[], editing: null as UserRow | null, resetting: null as UserRow | null };
  let loaded = false;
  const input = (sel: string) => $<HTMLInputElement>(sel);
  const resetDialog = $<HTMLDialogElement>('#reset-dialog');

  const notify = adminBanner('ac');

  function showError(sel: string, error: unknown): void {
    const box = $(sel);
    if (isUnauthorized(error)) signIn.show('登录已失效，请重新登录（已填写的内容都还在）');
    box.textContent = error === null ? '' : typeof error === 'string' ? error : adminFailure(error);
    box.hidden = error === null;
  }

  const signIn = setupAdminSignIn({
    refused: '该账号不是管理员，不能管理人员账号',
    buttonClasses: ['ac-button', 'ac-button ac-quiet ac-small'],
    onSignedIn: () => void loadAll(),
  });


  // ── the accounts list ────────────────────────────────────────────────────────────────────────────
  const departmentName = (code: string) => S.departments.find((d) => d.code === code)?.name ?? code;
  const hallName = (code: string) => S.halls.find((h) => h.code === code)?.name ?? code;

  function renderUsers(): void {
    render(
      S.users.map(
        (u) => html`<tr data-user=${u.username} class=${`${u.active ? '' : 'is-inactive'} ${S.editing?.id === u.id ? 'is-current' : ''}`}>
          <td class="ac-code">${u.username}</td><td>${u.displayName}</td><td>${roleText(u.roles)}</td>
          <td>${u.departmentCodes.map(departmentName).join('、') || '—'}</td>
          <td>${u.hallCodes.length ? u.hallCodes.map(hallName).join('、') : u.roles.includes('admin') || u.roles.includes('supervisor') ? '全部' : '—'}</td>
          <td><span class=${`ac-status ${u.active ? 'ac-status-on' : 'ac-status-off'}`}>${u.active ? '启用' : '已停用'}</span>${u.mustChangePassword
            ? html` <span class="ac-status ac-status-off" title="下次登录须修改密码">须改密码</span>`
            : null}</td>
          <td><button type="button" class="ac-button ac-quiet ac-small" data-edit @click=${() => editUser(u)}>编辑</button>
            <button type="button" class="ac-button ac-quiet ac-small" data-reset @click=${() => openReset(u)}>重置密码</button></td></tr>`,
      ),
      litTarget($<HTMLElement>('#users-body')),
    );
  }

  async function loadUsers(): Promise<void> {
    S.users = await api<UserRow[]>('/api/v1/users');
    renderUsers();
  }

  async function loadDepartments(): Promise<void> {
    S.departments = await api<DepartmentView[]>('/api/v1/catalog/departments');
    render(
      S.departments.length ? S.departments.map((d) => html`<tr><td class="ac-code">${d.code}</td><td>${d.name}</td></tr>`) : html`<tr><td colspan="2" class="muted">还没有部门</td></tr>`,
      $<HTMLElement>('#departments-body'),
    );
  }

  async function loadAll(): Promise<void> {
    try {
      [S.halls] = await Promise.all([api<HallSummaryView[]>('/api/v1/halls', { auth: false }), loadDepartments()]);
      await loadUsers();
      if (!loaded) newUser(); // a later sign-in (after an expired one) keeps the form as typed
      else renderChecks(checked('u-roles') as Role[], checked('u-departments'), checked('u-halls'));
      loaded = true;
    } catch (error) {
      if (isUnauthorized(error)) return signIn.show();
      notify(`读取账号失败：${adminFailure(error)}`, 'error');
    }
  }

  // ── the account form ─────────────────────────────────────────────────────────────────────────────
  function checked(fieldset: string): string[] {
    return Array.from(document.querySelectorAll<HTMLInputElement>(`#${fieldset} input[type="checkbox"]:checked`)).map((c) => c.value);
  }

  function renderChecks(roles: Role[], departments: string[], halls: string[]): void {
    const box = (name: string, value: string, label: string, on: boolean) =>
      html`<label><input type="checkbox" name=${name} value=${value} .checked=${live(on)}> ${label}</label>`;
    render(html`<legend>角色（至少一个）</legend>${data.roles.map((r) => box('role', r.value, r.label, roles.includes(r.value)))}`, $<HTMLElement>('#u-roles'));
    render(
      html`<legend>所属部门（部门经办人、负责人）</legend>${S.departments.length
        ? S.departments.map((d) => box('department', d.code, `${d.name}（${d.code}）`, departments.includes(d.code)))
        : html`<span class="muted">还没有部门（在下方添加）</span>`}`,
      $<HTMLElement>('#u-departments'),
    );
    render(
      html`<legend>所属大厅（除系统管理员和电子监察外至少一个）</legend>${S.halls.length
        ? S.halls.map((h) => box('hall', h.code, `${h.name}（${h.code}）`, halls.includes(h.code)))
        : html`<span class="muted">还没有服务大厅（先在“服务大厅”页创建）</span>`}`,
      $<HTMLElement>('#u-halls'),
    );
  }

  function updatePasswordHints(): void {
    renderPasswordHints($('#u-password-rules'), input('#u-password').value, input('#u-username').value);
  }

  function fillUser(u: UserRow | null): void {
    S.editing = u;
    input('#u-username').value = u?.username ?? '';
    input('#u-username').readOnly = !!u;
    input('#u-name').value = u?.displayName ?? '';
    input('#u-password').value = '';
    $('#u-password-field').hidden = !!u;
    input('#u-active').checked = u?.active ?? true;
    $('#u-active-field').hidden = !u;
    renderChecks(u?.roles ?? [], u?.departmentCodes ?? [], u?.hallCodes ?? []);
    updatePasswordHints();
    $('#user-form-title').textContent = u ? `编辑账号：${u.displayName}（${u.username}）` : '新建账号';
    $('#user-new').hidden = !u;
    showError('#user-error', null);
    renderUsers();
  }

  function newUser(): void {
    fillUser(null);
  }

  function editUser(u: UserRow): void {
    fillUser(u);
    input('#u-name').focus();
  }

  input('#u-password').addEventListener('input', updatePasswordHints);
  input('#u-username').addEventListener('input', updatePasswordHints);
  $('#new-user').addEventListener('click', () => {
    newUser();
    input('#u-username').focus();
  });
  $('#user-new').addEventListener('click', newUser);

  $('#user-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError('#user-error', null);
    const roles = checked('u-roles') as Role[];
    const common = { displayName: input('#u-name').value.trim(), roles, departmentCodes: checked('u-departments'), hallCodes: checked('u-halls') };
    if (!roles.length) return showError('#user-error', '请至少选择一个角色');
    if (needsHall(roles) && !common.hallCodes.length) return showError('#user-error', '除系统管理员和电子监察外，账号至少属于一个大厅');
    const editing = S.editing;
    const username = input('#u-username').value.trim();
    const password = input('#u-password').value;
    if (!editing) {
      const problems = passwordProblems(password, username);
      if (problems.length) return showError('#user-error', `初始密码不符合要求：${problems.map((p) => PASSWORD_PROBLEM_TEXT[p]).join('；')}`);
    }
    const button = $<HTMLButtonElement>('#user-save');
    button.disabled = true;
    try {
      const saved = editing
        ? await api<UserRow>(`/api/v1/users/${editing.id}`, { method: 'PUT', body: { ...common, active: input('#u-active').checked } })
        : await api<UserRow>('/api/v1/users', { method: 'POST', body: { username, password, ...common } });
      notify(`已保存账号：${saved.displayName}（${saved.username}）${editing ? '' : '，本人首次登录须修改密码'}`);
      await loadUsers();
      newUser();
    } catch (error) {
      showError('#user-error', error);
    } finally {
      button.disabled = false;
    }
  });

  // ── password reset ───────────────────────────────────────────────────────────────────────────────
  function updateResetHints(): void {
    renderPasswordHints($('#r-password-rules'), input('#r-password').value, S.resetting?.username ?? '');
  }

  function openReset(u: UserRow): void {
    S.resetting = u;
    $('#reset-title').textContent = `重置密码：${u.displayName}（${u.username}）`;
    input('#r-password').value = '';
    showError('#reset-error', null);
    updateResetHints();
    resetDialog.showModal();
    input('#r-password').focus();
  }

  input('#r-password').addEventListener('input', updateResetHints);
  $('#reset-cancel').addEventListener('click', () => resetDialog.close());
  $('#reset-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const u = S.resetting;
    if (!u) return;
    const password = input('#r-password').value;
    const problems = passwordProblems(password, u.username);
    if (problems.length) return showError('#reset-error', `密码不符合要求：${problems.map((p) => PASSWORD_PROBLEM_TEXT[p]).join('；')}`);
    try {
      await api(`/api/v1/users/${u.id}/reset-password`, { method: 'POST', body: { password } });
      input('#r-password').value = '';
      resetDialog.close();
      notify(`已重置 ${u.username} 的密码：其已登录的页面已退出，下次登录须修改密码`);
      await loadUsers();
    } catch (error) {
      showError('#reset-error', error);
    }
  });

  // ── departments ──────────────────────────────────────────────────────────────────────────────────
  $('#department-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError('#department-error', null);
    try {
      const saved = await api<DepartmentView>('/api/v1/catalog/departments', {
        method: 'POST',
        body: { code: input('#d-code').value.trim().toUpperCase(), name: input('#d-name').value.trim() },
      });
      input('#d-code').value = '';
      input('#d-name').value = '';
      notify(`已添加部门 ${saved.code} ${saved.name}`);
      const keep = { roles: checked('u-roles') as Role[], departments: checked('u-departments'), halls: checked('u-halls') };
      await loadDepartments();
      renderChecks(keep.roles, keep.departments, keep.halls);
    } catch (error) {
      showError('#department-error', error);
    }
  });

  if (!isAdmin()) signIn.show();
}
