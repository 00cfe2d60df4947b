// The admins' halls page (服务大厅设置): the centres with their community service points, one hall's form
// (code, name, kind, centre, opening hours), and the selected hall's queues and windows. Every save goes
// through the halls admin API; a failed save shows the server's message and code and keeps what was typed;
// a successful one never leaves the previous entry in a "new" form.
import { html, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import type { HallLayoutView, HallSummaryView } from '../../../src/halls/domain/hall-layout';
import type { HallKind, OpeningInterval } from '../../../src/halls/domain/hall-rules';
import type { WindowKind, WindowStatus } from '../../../src/halls/domain/window-kind';
import { isAdmin } from '../admin/account';
import { setupAdminSignIn } from '../admin/admin-sign-in';
import { adminBanner } from '../admin/banner';
import { adminFailure, isUnauthorized } from '../admin/failure';
import { litTarget } from '../admin/lit-target';
import { api } from '../lib/api';
import { $ } from '../lib/dom';
import { nestedHalls } from './hall-tree';

const API = '/api/v1/halls';

export interface HallsAdminData {
  hallKindLabels: Record<HallKind, string>;
  windowKindLabels: Record<WindowKind, string>;
  windowStatusLabels: Record<WindowStatus, string>;
  defaultOpeningHours: OpeningInterval[];
}

type WindowRow = HallLayoutView['windows'][number];

export function startHallsAdmin(data: HallsAdminData): void {
  const S = {
    halls: [] as HallSummaryView[],
    selected: null as string | null,
    layout: null as HallLayoutView | null,
    hours: [] as OpeningInterval[],
    editingWindow: null as number | null,
    /** 预约容量: places per 30-minute slot, per queue of the selected hall (GET …/appointment-capacity). */
    capacities: {} as Record<string, number>,
  };
  let loaded = false;
  const input = (sel: string) => $<HTMLInputElement>(sel);
  const select = (sel: string) => $<HTMLSelectElement>(sel);

  const notify = adminBanner('ac');

  function showError(sel: string, error: unknown): void {
    const box = $(sel);
    if (isUnauthorized(error)) signIn.show('登录已失效，请重新登录（已填写的内容都还在）');
    box.textContent = error === null ? '' : adminFailure(error);
    box.hidden = error === null;
  }

  // ── sign-in ──────────────────────────────────────────────────────────────────────────────────────
  const signIn = setupAdminSignIn({
    refused: '该账号不是管理员，不能设置服务大厅',
    buttonClasses: ['ac-button', 'ac-button ac-quiet ac-small'],
    onSignedIn: () => void loadHalls(),
  });


  // ── the list of halls ────────────────────────────────────────────────────────────────────────────
  function renderHalls(): void {
    const rows = nestedHalls(S.halls);
    render(
      rows.length
        ? rows.map(
            (h) => html`<tr class=${`${h.nested ? 'ad-point' : ''} ${h.code === S.selected ? 'is-current' : ''}`} data-hall=${h.code}>
              <td><button type="button" class="ac-item-link" @click=${() => void selectHall(h.code)}>${h.name}</button></td>
              <td class="ac-code">${h.code}</td><td>${h.kind === 'centre' ? '中心' : '服务站'}</td></tr>`,
          )
        : html`<tr><td colspan="3" class="muted">还没有服务大厅：在右侧创建第一个服务中心。</td></tr>`,
      litTarget($<HTMLElement>('#halls-body')),
    );
  }

  async function loadHalls(): Promise<void> {
    try {
      S.halls = await api<HallSummaryView[]>(API, { auth: false });
      renderHalls();
      renderParents();
      if (!loaded) newHall(); // a later sign-in (after an expired one) keeps the form as typed
      loaded = true;
    } catch (error) {
      notify(`读取服务大厅失败：${adminFailure(error)}`, 'error');
    }
  }

  // ── the hall form ────────────────────────────────────────────────────────────────────────────────
  function renderParents(): void {
    const centres = S.halls.filter((h) => h.kind === 'centre' && h.code !== S.selected);
    const current = select('#h-parent').value;
    render(
      html`<option value="">请选择所属中心</option>${centres.map((c) => html`<option value=${c.code} ?selected=${c.code === current}>${c.name}（${c.code}）</option>`)}`,
      select('#h-parent'),
    );
  }

  function renderKind(): void {
    $('#h-parent-field').hidden = select('#h-kind').value !== 'point';
  }

  function renderHours(): void {
    render(
      S.hours.length
        ? S.hours.map(
            (h, i) => html`<li>
              <input type="time" aria-label=${`第 ${i + 1} 个时段开始`} data-hours-from=${i} .value=${live(h.from)} @input=${(e: Event) => (S.hours[i].from = (e.target as HTMLInputElement).value)}>
              <span>至</span>
              <input type="time" aria-label=${`第 ${i + 1} 个时段结束`} data-hours-to=${i} .value=${live(h.to)} @input=${(e: Event) => (S.hours[i].to = (e.target as HTMLInputElement).value)}>
              <button type="button" class="ac-icon" aria-label=${`删除第 ${i + 1} 个时段`} @click=${() => {
                S.hours.splice(i, 1);
                renderHours();
              }}>✕</button></li>`,
          )
        : html`<li class="muted">不开放（取号机显示不在开放时间）</li>`,
      $<HTMLElement>('#h-hours'),
    );
  }

  function fillHall(layout: HallLayoutView | null): void {
    input('#h-code').value = layout?.code ?? '';
    input('#h-code').readOnly = !!layout;
    input('#h-name').value = layout?.name ?? '';
    select('#h-kind').value = layout?.kind ?? 'centre';
    renderParents();
    select('#h-parent').value = layout?.parentHall ?? '';
    S.hours = (layout?.openingHours ?? data.defaultOpeningHours).map((h) => ({ ...h }));
    renderHours();
    renderKind();
    $('#hall-form-title').textContent = layout ? `编辑：${layout.name}（${layout.code}）` : '新建服务大厅';
    showError('#hall-error', null);
  }

  function newHall(): void {
    S.selected = null;
    S.layout = null;
    fillHall(null);
    $('#hall-detail').hidden = true;
    renderHalls();
    input('#h-code').focus();
  }

  async function selectHall(code: string): Promise<void> {
    try {
      const layout = await api<HallLayoutView>(`${API}/${encodeURIComponent(code)}`, { auth: false });
      S.selected = layout.code;
      S.layout = layout;
      fillHall(layout);
      renderHalls();
      renderDetail();
      newWindow();
      $('#hall-detail').hidden = false;
    } catch (error) {
      notify(`读取服务大厅 ${code} 失败：${adminFailure(error)}`, 'error');
    }
  }

  async function reloadLayout(): Promise<void> {
    if (!S.selected) return;
    S.layout = await api<HallLayoutView>(`${API}/${encodeURIComponent(S.selected)}`, { auth: false });
    renderDetail();
    await loadCapacities();
  }

  async function loadCapacities(): Promise<void> {
    const layout = S.layout;
    if (!layout) return;
    const found = await Promise.all(
      layout.queues.map((q) =>
        api<{ capacity: number }>(`${API}/${encodeURIComponent(layout.code)}/queues/${encodeURIComponent(q.code)}/appointment-capacity`)
          .then((r) => [q.code, r.capacity] as const)
          .catch(() => null),
      ),
    );
    if (S.layout !== layout) return; // another hall was chosen meanwhile
    S.capacities = Object.fromEntries(found.filter((f): f is readonly [string, number] => f !== null));
    renderDetail();
  }

  async function saveCapacity(code: string, field: HTMLInputElement): Promise<void> {
    showError('#queue-error', null);
    const capacity = Number(field.value);
    if (field.value.trim() === '' || !Number.isInteger(capacity) || capacity < 0 || capacity > 100) {
      field.setAttribute('aria-invalid', 'true');
      $('#queue-error').hidden = false;
      $('#queue-error').textContent = '预约容量为 0–100 的整数（0 表示不开放预约）';
      return;
    }
    field.removeAttribute('aria-invalid');
    try {
      const saved = await api<{ queueCode: string; capacity: number }>(`${API}/${encodeURIComponent(S.selected ?? '')}/queues/${encodeURIComponent(code)}/appointment-capacity`, {
        method: 'PUT',
        body: { capacity },
      });
      S.capacities = { ...S.capacities, [code]: saved.capacity };
      notify(saved.capacity === 0 ? `队列 ${code} 已停止预约` : `队列 ${code} 的预约容量已设为每时段 ${saved.capacity} 人`);
      renderDetail();
    } catch (error) {
      showError('#queue-error', error);
    }
  }

  $('#new-hall').addEventListener('click', newHall);
  $('#add-hours').addEventListener('click', () => {
    S.hours.push({ from: '', to: '' });
    renderHours();
    $<HTMLInputElement>(`[data-hours-from="${S.hours.length - 1}"]`).focus();
  });
  select('#h-kind').addEventListener('change', renderKind);

  $('#hall-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const isNew = S.selected === null;
    const kind = select('#h-kind').value as HallKind;
    const body = {
      name: input('#h-name').value.trim(),
      kind,
      parentHall: kind === 'point' ? select('#h-parent').value || null : null,
      openingHours: S.hours.map((h) => ({ from: h.from, to: h.to })),
    };
    const code = isNew ? input('#h-code').value.trim().toUpperCase() : (S.selected ?? '');
    const button = $<HTMLButtonElement>('#hall-save');
    button.disabled = true;
    try {
      const saved = isNew
        ? await api<HallLayoutView>(API, { method: 'POST', body: { code, ...body } })
        : await api<HallLayoutView>(`${API}/${encodeURIComponent(code)}`, { method: 'PUT', body });
      notify(`已保存服务大厅：${saved.name}（${saved.code}）`);
      S.halls = await api<HallSummaryView[]>(API, { auth: false });
      await selectHall(saved.code);
    } catch (error) {
      showError('#hall-error', error);
    } finally {
      button.disabled = false;
    }
  });

  // ── queues and windows of the selected hall ──────────────────────────────────────────────────────
  function renderDetail(): void {
    const layout = S.layout;
    if (!layout) return;
    $('#queues-title').textContent = `取号队列 · ${layout.name}`;
    $('#windows-title').textContent = `窗口 · ${layout.name}`;
    render(
      layout.queues.length
        ? layout.queues.map(
            (q) => html`<tr data-queue=${q.code}><td class="ac-code">${q.code}</td>
              <td><input type="text" maxlength="64" aria-label=${`队列 ${q.code} 的名称`} .value=${live(q.name)} @keydown=${(e: KeyboardEvent) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                void renameQueue(q.code, e.currentTarget as HTMLInputElement);
              }}></td>
              <td><button type="button" class="ac-button ac-quiet ac-small" @click=${(e: Event) => void renameQueue(q.code, (e.currentTarget as HTMLElement).closest('tr')!.querySelector('input')!)}>保存名称</button></td>
              <td class="ac-capacity"><input type="number" min="0" max="100" step="1" inputmode="numeric" class="q-capacity" aria-label=${`队列 ${q.code} 每个预约时段的人数`}
                .value=${live(q.code in S.capacities ? String(S.capacities[q.code]) : '')} placeholder="…" @keydown=${(e: KeyboardEvent) => {
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  void saveCapacity(q.code, e.currentTarget as HTMLInputElement);
                }}>
                <button type="button" class="ac-button ac-quiet ac-small q-capacity-save" @click=${(e: Event) => void saveCapacity(q.code, (e.currentTarget as HTMLElement).closest('td')!.querySelector('input')!)}>保存容量</button></td></tr>`,
          )
        : html`<tr><td colspan="4" class="muted">还没有队列：先添加至少一个队列，取号机才能取号。</td></tr>`,
      $<HTMLElement>('#queues-body'),
    );
    const queueName = (c: string) => layout.queues.find((q) => q.code === c)?.name ?? c;
    render(
      layout.windows.length
        ? layout.windows.map(
            (w) => html`<tr data-window=${w.number} class=${w.number === S.editingWindow ? 'is-current' : ''}><td>${w.number}</td><td>${w.name}</td>
              <td>${w.kind === 'comprehensive' ? '综合' : '专门'}</td>
              <td>${w.kind === 'comprehensive' ? '全部' : w.queueCodes.map(queueName).join('、')}</td>
              <td><span class=${`ac-status ${w.status === 'closed' ? 'ac-status-off' : 'ac-status-on'}`}>${data.windowStatusLabels[w.status] ?? w.status}</span></td>
              <td><button type="button" class="ac-button ac-quiet ac-small" @click=${() => editWindow(w)}>编辑</button></td></tr>`,
          )
        : html`<tr><td colspan="6" class="muted">还没有窗口。</td></tr>`,
      $<HTMLElement>('#windows-body'),
    );
    renderWindowQueues(checkedQueues());
  }

  async function renameQueue(code: string, field: HTMLInputElement): Promise<void> {
    showError('#queue-error', null);
    try {
      const saved = await api<{ code: string; name: string }>(`${API}/${encodeURIComponent(S.selected ?? '')}/queues/${encodeURIComponent(code)}`, { method: 'PUT', body: { name: field.value } });
      notify(`队列 ${saved.code} 已改名为“${saved.name}”`);
      await reloadLayout();
    } catch (error) {
      showError('#queue-error', error);
    }
  }

  $('#queue-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError('#queue-error', null);
    try {
      const saved = await api<{ code: string; name: string }>(`${API}/${encodeURIComponent(S.selected ?? '')}/queues`, {
        method: 'POST',
        body: { code: input('#q-code').value.trim().toUpperCase(), name: input('#q-name').value.trim() },
      });
      input('#q-code').value = '';
      input('#q-name').value = '';
      notify(`已添加队列 ${saved.code} ${saved.name}`);
      await reloadLayout();
      input('#q-code').focus();
    } catch (error) {
      showError('#queue-error', error);
    }
  });

  function checkedQueues(): string[] {
    return Array.from(document.querySelectorAll<HTMLInputElement>('#w-queues input[type="checkbox"]:checked')).map((c) => c.value);
  }

  function renderWindowQueues(checked: string[]): void {
    const comprehensive = select('#w-kind').value === 'comprehensive';
    const queues = S.layout?.queues ?? [];
    render(
      html`<legend>办理队列${comprehensive ? '（综合窗口办理全部队列）' : '（专门窗口至少选一个）'}</legend>${queues.length
        ? queues.map(
            (q) => html`<label><input type="checkbox" name="w-queue" value=${q.code} .checked=${live(!comprehensive && checked.includes(q.code))} ?disabled=${comprehensive}> ${q.code} ${q.name}</label>`,
          )
        : html`<span class="muted">还没有队列</span>`}`,
      $<HTMLElement>('#w-queues'),
    );
  }

  function newWindow(): void {
    S.editingWindow = null;
    const numbers = S.layout?.windows.map((w) => w.number) ?? [];
    input('#w-number').value = String(numbers.length ? Math.max(...numbers) + 1 : 1);
    input('#w-number').readOnly = false;
    input('#w-name').value = '';
    select('#w-kind').value = 'comprehensive';
    renderWindowQueues([]);
    $('#window-form-title').textContent = '新建窗口';
    $('#window-new').hidden = true;
    $('#window-note').hidden = true;
    showError('#window-error', null);
    renderDetail();
  }

  function editWindow(w: WindowRow): void {
    S.editingWindow = w.number;
    input('#w-number').value = String(w.number);
    input('#w-number').readOnly = true;
    input('#w-name').value = w.name;
    select('#w-kind').value = w.kind;
    renderWindowQueues(w.queueCodes);
    $('#window-form-title').textContent = `编辑：${w.name}（${w.number} 号）`;
    $('#window-new').hidden = false;
    const note = $('#window-note');
    note.textContent = w.status === 'closed' ? '' : `该窗口${data.windowStatusLabels[w.status] ?? ''}：名称和办理队列可以修改，窗口关闭后才能更改类型。`;
    note.hidden = w.status === 'closed';
    showError('#window-error', null);
    renderDetail();
    input('#w-name').focus();
  }

  select('#w-kind').addEventListener('change', () => renderWindowQueues(checkedQueues()));
  $('#window-new').addEventListener('click', newWindow);

  $('#window-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    showError('#window-error', null);
    const kind = select('#w-kind').value as WindowKind;
    const body = { name: input('#w-name').value.trim(), kind, queueCodes: kind === 'comprehensive' ? [] : checkedQueues() };
    const hall = encodeURIComponent(S.selected ?? '');
    const button = $<HTMLButtonElement>('#window-save');
    button.disabled = true;
    try {
      const saved =
        S.editingWindow === null
          ? await api<WindowRow>(`${API}/${hall}/windows`, { method: 'POST', body: { number: Number(input('#w-number').value), ...body } })
          : await api<WindowRow>(`${API}/${hall}/windows/${S.editingWindow}`, { method: 'PUT', body });
      notify(`已保存窗口：${saved.name}（${saved.number} 号）`);
      await reloadLayout();
      newWindow();
    } catch (error) {
      showError('#window-error', error);
    } finally {
      button.disabled = false;
    }
  });

  if (!isAdmin()) signIn.show();
}
