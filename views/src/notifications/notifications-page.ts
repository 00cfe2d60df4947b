// The admins' outbox page (短信通知): messages to residents newest first, filtered by status and kind,
// read again every few seconds while auto-refresh is on and the tab is visible.
import { html, render } from 'lit-html';
import type { NotificationView } from '../../../src/notifications/domain/notification-view';
import { kindLabel, stateDetail, statusLabel } from '../../../src/notifications/domain/notification-labels';
import { isAdmin } from '../admin/account';
import { setupAdminSignIn } from '../admin/admin-sign-in';
import { adminFailure, isUnauthorized } from '../admin/failure';
import { api } from '../lib/api';
import { $, pageData } from '../lib/dom';

interface PageData {
  refreshSeconds: number;
}

function shortTime(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

function rowsTemplate(list: readonly NotificationView[]) {
  if (!list.length) return html`<tr><td colspan="6" class="muted">没有符合条件的短信</td></tr>`;
  return list.map((n) => html`<tr class="nt-status-${n.status}" data-id=${n.id}>
    <td class="nt-time">${shortTime(n.createdAt)}</td>
    <td>${kindLabel(n.kind)}</td>
    <td class="nt-to">${n.to}</td>
    <td class="nt-text">${n.text}</td>
    <td><span class="nt-badge nt-badge-${n.status}">${statusLabel(n.status)}</span></td>
    <td>${stateDetail(n)}${n.lastError && n.status !== 'sent' ? html`<div class="nt-error">${n.lastError}</div>` : null}</td>
  </tr>`);
}

export function startNotificationsPage(): void {
  const data = pageData<PageData>();
  const state: { list: NotificationView[]; busy: boolean } = { list: [], busy: false };
  const message = $('#message');
  let timer: number | null = null;

  function say(text: string, error = false): void {
    message.textContent = text;
    message.classList.toggle('is-error', error);
  }

  function queryString(): string {
    const params = new URLSearchParams();
    for (const [name, selector] of [['status', '#f-status'], ['kind', '#f-kind']] as const) {
      const value = $<HTMLSelectElement>(selector).value;
      if (value) params.set(name, value);
    }
    return params.toString();
  }

  async function load(): Promise<void> {
    if (state.busy || !isAdmin()) return;
    state.busy = true;
    try {
      const query = queryString();
      state.list = await api<NotificationView[]>(`/api/v1/notifications${query ? `?${query}` : ''}`);
      render(rowsTemplate(state.list), $<HTMLElement>('#rows'));
      say(`共 ${state.list.length} 条（最新在前），更新于 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })}`);
    } catch (error) {
      if (isUnauthorized(error)) signIn.show('登录已过期，请重新登录');
      else say(adminFailure(error), true);
    } finally {
      state.busy = false;
    }
  }

  function schedule(): void {
    if (timer !== null) window.clearInterval(timer);
    timer = null;
    if ($<HTMLInputElement>('#auto').checked) {
      timer = window.setInterval(() => {
        if (document.visibilityState === 'visible') void load();
      }, Math.max(2, data.refreshSeconds || 10) * 1000);
    }
  }

  const signIn = setupAdminSignIn({
    refused: '该账号不是管理员，不能查看短信通知',
    buttonClasses: ['nt-button', 'nt-button nt-quiet'],
    onSignedIn: () => {
      $('#work').hidden = false;
      void load();
      schedule();
    },
    onSignedOut: () => {
      $('#work').hidden = true;
      state.list = [];
      render(rowsTemplate([]), $<HTMLElement>('#rows'));
    },
  });

  $('#work').hidden = !isAdmin();
  $<HTMLFormElement>('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    void load();
  });
  for (const id of ['#f-status', '#f-kind']) $(id).addEventListener('change', () => void load());
  $('#auto').addEventListener('change', schedule);
}
