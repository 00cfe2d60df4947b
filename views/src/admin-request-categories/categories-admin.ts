// The admins' request categories page (诉求类别与时限): every category with its department and hours; one
// form to add or edit a category, its hours checked live by the server's own rule (categoryProblems);
// 停用 / 启用 on each row. A failed save shows the server's message and code and keeps what was typed.
import { html, render } from 'lit-html';
import type { DepartmentView } from '../../../src/catalog/domain/catalog-views';
import { CATEGORY_CODE, categoryProblems, HOUR_LIMIT_NAMES, type RequestCategory } from '../../../src/requests/domain/request-categories';
import { isAdmin } from '../admin/account';
import { setupAdminSignIn } from '../admin/admin-sign-in';
import { adminBanner } from '../admin/banner';
import { adminFailure, isUnauthorized } from '../admin/failure';
import { litTarget } from '../admin/lit-target';
import { api } from '../lib/api';
import { $ } from '../lib/dom';

const API = '/api/v1/requests/categories';

/** A category as GET …/categories/all answers it. */
type CategoryRow = RequestCategory & { active: boolean };

/** `36` → `36 小时（1.5 天）`: long limits read easier in days too. */
function hoursText(hours: number): string {
  return hours >= 24 ? `${hours} 小时（${Math.round((hours / 24) * 10) / 10} 天）` : `${hours} 小时`;
}

export function startCategoriesAdmin(): void {
  const S = { categories: [] as CategoryRow[], departments: [] as DepartmentView[], editing: null as CategoryRow | null };
  let loaded = false;
  const input = (sel: string) => $<HTMLInputElement>(sel);
  const departmentSelect = $<HTMLSelectElement>('#c-department');
  const notify = adminBanner('ac');

  function showError(error: unknown): void {
    const box = $('#category-error');
    if (isUnauthorized(error)) signIn.show('登录已失效，请重新登录（已填写的内容都还在）');
    box.textContent = error === null ? '' : typeof error === 'string' ? error : adminFailure(error);
    box.hidden = error === null;
  }

  const signIn = setupAdminSignIn({
    refused: '该账号不是管理员，不能设置诉求类别',
    buttonClasses: ['ac-button', 'ac-button ac-quiet ac-small'],
    onSignedIn: () => void loadAll(),
  });

  // ── the list ─────────────────────────────────────────────────────────────────────────────────────
  const departmentName = (code: string) => S.departments.find((d) => d.code === code)?.name ?? `${code}（部门不存在）`;

  function renderList(): void {
    render(
      S.categories.map(
        (c) => html`<tr data-code=${c.code} class=${`${c.active ? '' : 'is-inactive'} ${S.editing?.code === c.code ? 'is-current' : ''}`}>
          <td class="ac-code">${c.code}</td><td>${c.name}</td><td>${departmentName(c.departmentCode)}</td>
          <td data-response>${hoursText(c.responseHours)}</td><td data-handle>${hoursText(c.handleHours)}</td>
          <td><span class=${`ac-status ${c.active ? 'ac-status-on' : 'ac-status-off'}`}>${c.active ? '启用' : '已停用'}</span></td>
          <td><button type="button" class="ac-button ac-quiet ac-small" data-edit @click=${() => edit(c)}>编辑</button>
            <button type="button" class=${`ac-button ac-small ${c.active ? 'ac-warn' : 'ac-ok'}`} data-toggle @click=${() => void toggle(c)}>${c.active ? '停用' : '启用'}</button></td></tr>`,
      ),
      litTarget($<HTMLElement>('#categories-body')),
    );
  }

  async function loadCategories(): Promise<void> {
    S.categories = await api<CategoryRow[]>(`${API}/all`);
    renderList();
  }

  async function loadAll(): Promise<void> {
    try {
      S.departments = await api<DepartmentView[]>('/api/v1/catalog/departments', { auth: false });
      renderDepartments();
      await loadCategories();
      if (!loaded) fill(null); // a later sign-in (after an expired one) keeps the form as typed
      loaded = true;
    } catch (error) {
      if (isUnauthorized(error)) return signIn.show();
      notify(`读取诉求类别失败：${adminFailure(error)}`, 'error');
    }
  }

  // ── the form ─────────────────────────────────────────────────────────────────────────────────────
  const hours = () => ({ responseHours: input('#c-response').valueAsNumber, handleHours: input('#c-handle').valueAsNumber });

  /** The hours' problems under the form as they are typed; each hour field marked when a problem names it. */
  function checkHours(): string[] {
    const problems = categoryProblems(hours());
    render(problems.map((p) => html`<li>${p}</li>`), $<HTMLElement>('#c-problems'));
    for (const [field, sel] of [['responseHours', '#c-response'], ['handleHours', '#c-handle']] as const) {
      input(sel).setAttribute('aria-invalid', String(problems.some((p) => p.startsWith(HOUR_LIMIT_NAMES[field]))));
    }
    return problems;
  }

  function renderDepartments(): void {
    const chosen = departmentSelect.value;
    render(S.departments.map((d) => html`<option value=${d.code}>${d.name}（${d.code}）</option>`), departmentSelect);
    if (chosen) departmentSelect.value = chosen;
  }

  function fill(c: CategoryRow | null): void {
    S.editing = c;
    input('#c-code').value = c?.code ?? '';
    input('#c-code').readOnly = !!c;
    input('#c-name').value = c?.name ?? '';
    departmentSelect.value = c?.departmentCode ?? S.departments[0]?.code ?? '';
    input('#c-response').value = c ? String(c.responseHours) : '';
    input('#c-handle').value = c ? String(c.handleHours) : '';
    $('#category-form-title').textContent = c ? `编辑诉求类别：${c.name}（${c.code}）` : '新建诉求类别';
    $('#category-new').hidden = !c;
    render(null, $<HTMLElement>('#c-problems'));
    for (const sel of ['#c-response', '#c-handle']) input(sel).removeAttribute('aria-invalid');
    showError(null);
    renderList();
  }

  function edit(c: CategoryRow): void {
    fill(c);
    input('#c-name').focus();
  }

  for (const sel of ['#c-response', '#c-handle']) input(sel).addEventListener('input', checkHours);
  $('#new-category').addEventListener('click', () => {
    fill(null);
    input('#c-code').focus();
  });
  $('#category-new').addEventListener('click', () => fill(null));

  /** What the form holds as the API's body, or the first thing to fix (in Chinese). */
  function formBody(): { body: Omit<CategoryRow, 'active'> } | { problem: string } {
    const code = input('#c-code').value.trim().toUpperCase();
    const name = input('#c-name').value.trim();
    if (!CATEGORY_CODE.test(code)) return { problem: '类别编码须为 1–16 位字母、数字、_ 或 -' };
    if (!name) return { problem: '请填写类别名称' };
    if (!departmentSelect.value) return { problem: '请选择承办部门（先在“事项管理”页添加部门）' };
    const problems = checkHours();
    if (problems.length) return { problem: `时限不符合要求：${problems.join('；')}` };
    return { body: { code, name, departmentCode: departmentSelect.value, ...hours() } };
  }

  $('#category-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!isAdmin()) return signIn.show();
    const form = formBody();
    if ('problem' in form) return showError(form.problem);
    showError(null);
    const editing = S.editing;
    const button = $<HTMLButtonElement>('#category-save');
    button.disabled = true;
    try {
      const saved = editing
        ? await api<CategoryRow>(`${API}/${encodeURIComponent(editing.code)}`, { method: 'PUT', body: { ...form.body, active: editing.active } })
        : await api<CategoryRow>(API, { method: 'POST', body: form.body });
      await loadCategories();
      fill(null);
      notify(`已保存诉求类别：${saved.name}（${saved.code}）`);
    } catch (error) {
      showError(error);
    } finally {
      button.disabled = false;
    }
  });

  // ── 停用 / 启用 ───────────────────────────────────────────────────────────────────────────────────
  async function toggle(c: CategoryRow): Promise<void> {
    if (c.active && !window.confirm(`停用“${c.name}”？停用后群众报事页和派单台不再提供该类别，已受理的诉求照常办理。`)) return;
    try {
      const saved = await api<CategoryRow>(`${API}/${encodeURIComponent(c.code)}`, { method: 'PUT', body: { ...c, active: !c.active } });
      if (S.editing?.code === c.code) S.editing = saved;
      await loadCategories();
      notify(`已${saved.active ? '启用' : '停用'}诉求类别：${saved.name}（${saved.code}）`);
    } catch (error) {
      if (isUnauthorized(error)) return signIn.show('登录已失效，请重新登录');
      notify(`操作失败：${adminFailure(error)}`, 'error');
    }
  }

  if (!isAdmin()) signIn.show();
}
