// The departments card of the admins' catalogue page: rename in place, add new ones.
import { html, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import { DEPARTMENT_NAME_LENGTH } from '../../../src/catalog/domain/catalog-terms';
import type { DepartmentView } from '../../../src/catalog/domain/catalog-views';
import { api } from '../lib/api';
import { $ } from '../lib/dom';
import { adminFailure, isUnauthorized } from '../admin/failure';

const API = '/api/v1/catalog/departments';

export interface DepartmentsOptions {
  notify: (text: string) => void;
  /** The sign-in ran out. */
  onUnauthorized: () => void;
  /** A fresh list arrived (at load and after every change). */
  onLoaded: (departments: DepartmentView[]) => void;
}

export function setupDepartments({ notify, onUnauthorized, onLoaded }: DepartmentsOptions): { load(): Promise<void> } {
  function showError(text: string): void {
    $('#department-error').textContent = text;
    $('#department-error').hidden = !text;
  }

  async function load(): Promise<void> {
    const departments = await api<DepartmentView[]>(API);
    render(
      repeat(departments, (d) => d.code, (d) => html`<tr><td class="ac-code">${d.code}</td><td><input type="text" .value=${live(d.name)} maxlength=${DEPARTMENT_NAME_LENGTH} aria-label=${`${d.code} 的名称`} data-code=${d.code} @keydown=${(e: KeyboardEvent) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        void rename(d.code, e.currentTarget as HTMLInputElement);
      }}></td><td><button type="button" class="ac-button ac-quiet ac-small" @click=${(e: Event) => void rename(d.code, (e.currentTarget as HTMLElement).closest('tr')!.querySelector('input')!)}>保存名称</button></td></tr>`),
      $<HTMLElement>('#departments-body'),
    );
    onLoaded(departments);
  }

  async function rename(code: string, input: HTMLInputElement): Promise<void> {
    showError('');
    try {
      const saved = await api<DepartmentView>(`${API}/${encodeURIComponent(code)}`, { method: 'PUT', body: { name: input.value } });
      notify(`部门 ${code} 已改名为“${saved.name}”`);
      await load();
    } catch (error) {
      if (isUnauthorized(error)) onUnauthorized();
      showError(`部门 ${code} 改名失败：${adminFailure(error)}`);
    }
  }

  $('#department-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError('');
    const codeInput = $<HTMLInputElement>('#d-code');
    const nameInput = $<HTMLInputElement>('#d-name');
    try {
      const saved = await api<DepartmentView>(API, { method: 'POST', body: { code: codeInput.value.trim().toUpperCase(), name: nameInput.value } });
      codeInput.value = '';
      nameInput.value = '';
      notify(`已添加部门 ${saved.code} ${saved.name}`);
      await load();
    } catch (error) {
      if (isUnauthorized(error)) onUnauthorized();
      showError(`添加部门失败：${adminFailure(error)}`);
    }
  });

  return { load };
}
