// The admins' catalogue page: lists every item (withdrawn ones too), edits one item at a time with
// editable rows for materials and route steps, withdraws and republishes items, and keeps departments.
// A failed save never clears the form: the problems are listed and the fields marked. The item rules
// run here before saving (the server's own itemProblems); the server runs them again and answers 422.
import type { ItemKind, LimitUnit } from '../../../src/catalog/domain/catalog-terms';
import type { AdminItemSummaryView, AdminItemView, DepartmentView } from '../../../src/catalog/domain/catalog-views';
import type { ItemProblem } from '../../../src/catalog/domain/item-rules';
import { isAdmin } from '../admin/account';
import { setupAdminSignIn } from '../admin/admin-sign-in';
import { adminBanner } from '../admin/banner';
import { adminFailure as failure, isUnauthorized } from '../admin/failure';
import { api, ApiError } from '../lib/api';
import { $, $$, el } from '../lib/dom';
import { setupDepartments } from './departments';
import { checkDraft, newItem } from './item-draft';
import { createItemForm } from './item-form';
import { renderItemList } from './item-list';

const API = '/api/v1/catalog';

export interface CatalogAdminData {
  kindLabels: Record<ItemKind, string>;
  unitLabels: Record<LimitUnit, string>;
  queueCodes: string[];
}

interface Problem {
  message: string;
  element: Element | null;
}

export function startCatalogAdmin(data: CatalogAdminData): void {
  const state = { items: [] as AdminItemSummaryView[], departments: [] as DepartmentView[], editing: null as string | null, active: true, dirty: false, saving: false };
  const itemForm = $<HTMLFormElement>('#item-form');

  const notify = adminBanner('ac');

  // ── sign-in ──────────────────────────────────────────────────────────────────────────────────────

  const signIn = setupAdminSignIn({
    refused: '该账号不是管理员，不能管理事项',
    buttonClasses: ['ac-button', 'ac-button ac-quiet ac-small'],
    onSignedIn: () => void loadAll(),
  });
  const askToSignIn = () => signIn.show();


  // ── the item list and the departments ────────────────────────────────────────────────────────────

  function renderItems(): void {
    renderItemList($('#items-body'), { items: state.items, query: $<HTMLInputElement>('#items-filter').value, editing: state.editing, kindLabels: data.kindLabels });
  }

  async function loadItems(): Promise<void> {
    state.items = await api<AdminItemSummaryView[]>(`${API}/admin/items`);
    renderItems();
  }

  $('#items-filter').addEventListener('input', renderItems);
  $('#items-body').addEventListener('click', (event) => {
    const row = (event.target as Element).closest<HTMLElement>('tr[data-code]');
    if (row?.dataset.code) void openItem(row.dataset.code);
  });

  const departments = setupDepartments({
    notify: (text) => notify(text, 'ok'),
    onUnauthorized: askToSignIn,
    onLoaded: (list) => {
      state.departments = list;
      form.refreshDepartments();
    },
  });

  // ── the editor ───────────────────────────────────────────────────────────────────────────────────

  const form = createItemForm({ departments: () => state.departments, unitLabels: data.unitLabels, onChange: () => setDirty(true) });

  function fillForm(def: AdminItemView['definition'], active: boolean): void {
    form.fill(def);
    state.active = active;
    clearProblems();
    setDirty(false);
  }

  function clearProblems(): void {
    $('#problems').hidden = true;
    $('#problems-list').textContent = '';
    for (const node of $$('#item-form [aria-invalid="true"]')) node.removeAttribute('aria-invalid');
  }

  /** Lists every problem, marks the fields, and leaves every value as typed. */
  function showProblems(title: string, problems: Problem[]): void {
    clearProblems();
    $('#problems-title').textContent = title;
    for (const p of problems) {
      $('#problems-list').append(el('li', { text: p.message }));
      p.element?.setAttribute('aria-invalid', 'true');
    }
    $('#problems').hidden = false;
    $('#problems').focus();
  }

  const located = (problems: readonly Pick<ItemProblem, 'message' | 'path'>[]): Problem[] => problems.map((p) => ({ message: p.message, element: form.elementFor(p.path) }));

  itemForm.addEventListener('input', (event) => {
    (event.target as Element).removeAttribute('aria-invalid');
    setDirty(true);
  });
  // A text field's `change` fires on blur (e.g. when the problem list takes focus): only typing clears its mark.
  itemForm.addEventListener('change', (event) => {
    const target = event.target as Element;
    if (target.matches('select, input[type="checkbox"]')) target.removeAttribute('aria-invalid');
    setDirty(true);
  });

  function setDirty(dirty: boolean): void {
    state.dirty = dirty;
    $('#dirty').hidden = !dirty;
  }

  window.addEventListener('beforeunload', (event) => {
    if (!state.dirty) return;
    event.preventDefault();
    event.returnValue = '';
  });

  function renderEditorHead(): void {
    const isNew = state.editing === null;
    const current = state.items.find((item) => item.code === state.editing);
    $('#editor-title').textContent = isNew ? '新建事项' : `编辑：${current ? current.name : state.editing}`;
    const badge = $('#editor-state');
    badge.textContent = isNew ? '' : state.active ? '已发布' : '已停用（公开清单不显示）';
    badge.className = `ac-state ac-status ${state.active ? 'ac-status-on' : 'ac-status-off'}`;
    badge.hidden = isNew;
    const guide = $<HTMLAnchorElement>('#editor-guide');
    guide.hidden = isNew || !state.active;
    guide.href = isNew || state.editing === null ? '/catalog' : `/catalog/items/${encodeURIComponent(state.editing)}`;
    $<HTMLInputElement>('#f-code').readOnly = !isNew;
    const toggle = $('#toggle-active');
    toggle.hidden = isNew;
    toggle.textContent = state.active ? '停用事项' : '重新发布';
    toggle.className = `ac-button ${state.active ? 'ac-warn' : 'ac-ok'}`;
  }

  function showEditor(): void {
    $('#editor-empty').hidden = true;
    itemForm.hidden = false;
    renderEditorHead();
    renderItems();
  }

  function mayLeaveEditor(): boolean {
    return !state.dirty || window.confirm('当前事项有未保存的修改，确定放弃吗？');
  }

  async function openItem(code: string): Promise<void> {
    if (code === state.editing && !itemForm.hidden) return;
    if (!mayLeaveEditor()) return;
    try {
      const item = await api<AdminItemView>(`${API}/admin/items/${encodeURIComponent(code)}`);
      state.editing = item.code;
      fillForm(item.definition, item.active);
      showEditor();
      $('#f-name').focus();
    } catch (error) {
      if (isUnauthorized(error)) askToSignIn();
      notify(`读取事项 ${code} 失败：${failure(error)}`, 'error');
    }
  }

  function startNewItem(): void {
    if (!mayLeaveEditor()) return;
    state.editing = null;
    fillForm(newItem(), true);
    showEditor();
    $('#f-code').focus();
  }

  async function save(): Promise<void> {
    if (state.saving) return;
    const refs = {
      departmentCodes: new Set(state.departments.map((d) => d.code)), queueCodes: new Set(data.queueCodes),
      // a bundle's members are checked against the list (every other item, by code)
      items: new Map(state.items.filter((i) => i.code !== state.editing).map((i) => [i.code, i.kind])),
    };
    const { body, problems } = checkDraft(form.draft(), refs);
    if (problems.length) return showProblems('请先修改以下内容（已填写的内容都还在）：', located(problems));
    const isNew = state.editing === null;
    state.saving = true;
    $<HTMLButtonElement>('#save').disabled = true;
    try {
      const saved = isNew
        ? await api<AdminItemView>(`${API}/items`, { method: 'POST', body })
        : await api<AdminItemView>(`${API}/items/${encodeURIComponent(state.editing ?? '')}`, { method: 'PUT', body });
      state.editing = saved.code;
      fillForm(saved.definition, saved.active);
      await loadItems();
      showEditor();
      notify(`已保存：${saved.definition.name}（${saved.code}）`, 'ok');
    } catch (error) {
      const issues = error instanceof ApiError ? error.details?.issues : undefined;
      if (isUnauthorized(error)) {
        askToSignIn();
        showProblems('登录已失效：请重新登录后再点“保存”（已填写的内容都还在）。', []);
      } else if (Array.isArray(issues)) {
        showProblems('保存失败，请修改以下问题（已填写的内容都还在）：', located(issues as ItemProblem[]));
      } else {
        const element = error instanceof ApiError && error.code === 'ITEM_EXISTS' ? $('#f-code') : null;
        showProblems('保存失败（已填写的内容都还在）：', [{ message: failure(error), element }]);
      }
    } finally {
      state.saving = false;
      $<HTMLButtonElement>('#save').disabled = false;
    }
  }

  itemForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's' && !itemForm.hidden) {
      event.preventDefault();
      void save();
    }
  });
  $('#new-item').addEventListener('click', startNewItem);
  $('#close-editor').addEventListener('click', () => {
    if (!mayLeaveEditor()) return;
    setDirty(false);
    state.editing = null;
    itemForm.hidden = true;
    $('#editor-empty').hidden = false;
    renderItems();
  });

  $('#toggle-active').addEventListener('click', async () => {
    const code = state.editing;
    if (code === null) return;
    const activate = !state.active;
    if (!activate && !window.confirm(`停用后公开清单和办事指南不再显示 ${code}，已受理的办件不受影响。确定停用？`)) return;
    try {
      const saved = await api<AdminItemView>(`${API}/items/${encodeURIComponent(code)}/${activate ? 'activate' : 'deactivate'}`, { method: 'POST' });
      state.active = saved.active; // the form keeps whatever is typed in it
      await loadItems();
      renderEditorHead();
      notify(`${code} ${saved.active ? '已重新发布' : '已停用'}`, 'ok');
    } catch (error) {
      if (isUnauthorized(error)) askToSignIn();
      notify(`操作失败：${failure(error)}`, 'error');
    }
  });

  // ── start ────────────────────────────────────────────────────────────────────────────────────────

  async function loadAll(): Promise<void> {
    try {
      await departments.load();
      await loadItems();
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 403)) return askToSignIn();
      notify(`读取事项失败：${failure(error)}`, 'error');
    }
  }

  if (!isAdmin()) askToSignIn();
}
