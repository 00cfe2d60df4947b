// The admins' devices page: creates a kiosk or a window's pad and shows its pairing code big with the
// one-click pairing link; lists each hall's devices with their status; a new code; revoking (confirmed).
import { html, render } from 'lit-html';
import type { DeviceKind, DeviceStatus } from '../../../src/devices/domain/device';
import type { AdminDevicesData } from '../../../src/devices/view-models/admin-devices.view-model';
import { isAdmin } from '../admin/account';
import { setupAdminSignIn } from '../admin/admin-sign-in';
import { adminBanner } from '../admin/banner';
import { adminFailure, isUnauthorized } from '../admin/failure';
import { api } from '../lib/api';
import { $ } from '../lib/dom';

const API = '/api/v1/devices';

/** GET /api/v1/devices */
interface DeviceRow {
  id: number;
  hall: string;
  kind: DeviceKind;
  windowNumber: number | null;
  name: string;
  status: DeviceStatus;
  pairingExpiresAt: string | null;
  pairedAt: string | null;
}

/** POST /api/v1/devices and …/{id}/pairing-code */
interface PairingCode {
  id: number;
  pairingCode: string;
  expiresAt: string;
  pairingPath: string;
}

interface HallSummary {
  code: string;
  name: string;
}

interface HallLayout {
  windows: Array<{ number: number; name: string }>;
}

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { hour12: false });

export function startDevicesAdmin(data: AdminDevicesData): void {
  const state = { halls: [] as HallSummary[], devices: [] as DeviceRow[], busy: false };
  const form = $<HTMLFormElement>('#device-form');
  const hallSelect = $<HTMLSelectElement>('#device-hall');
  const kindSelect = $<HTMLSelectElement>('#device-kind');
  const windowSelect = $<HTMLSelectElement>('#device-window');
  const nameInput = $<HTMLInputElement>('#device-name');

  const notify = adminBanner('ad');

  function failed(e: unknown): void {
    if (isUnauthorized(e)) return signIn.show('登录已过期，请重新登录');
    notify(adminFailure(e), 'error');
  }

  // ── sign-in ──────────────────────────────────────────────────────────────────────────────────────
  const signIn = setupAdminSignIn({
    refused: '该账号不是管理员，不能管理设备',
    buttonClasses: ['ad-button', 'ad-button ad-quiet ad-small'],
    onSignedIn: () => void loadAll(),
  });


  // ── the form ─────────────────────────────────────────────────────────────────────────────────────
  async function loadWindows(): Promise<void> {
    const hall = hallSelect.value;
    if (!hall) return;
    const layout = await api<HallLayout>(`/api/v1/halls/${encodeURIComponent(hall)}`, { auth: false });
    render(layout.windows.map((w) => html`<option value=${w.number}>${w.name}</option>`), windowSelect);
    suggestName();
  }

  function syncKind(): void {
    const pad = kindSelect.value === 'pad';
    windowSelect.hidden = !pad;
    $('#device-window-label').hidden = !pad;
    suggestName();
  }

  /** A name to start from, until the admin types their own. */
  function suggestName(): void {
    if (nameInput.dataset.typed) return;
    nameInput.value = kindSelect.value === 'pad'
      ? `${windowSelect.selectedOptions[0]?.textContent ?? ''}评价器`
      : `${hallSelect.selectedOptions[0]?.textContent ?? ''}自助取号机`;
  }

  nameInput.addEventListener('input', () => (nameInput.dataset.typed = nameInput.value ? '1' : ''));
  hallSelect.addEventListener('change', () => void loadWindows().catch(failed));
  kindSelect.addEventListener('change', syncKind);
  windowSelect.addEventListener('change', suggestName);

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!isAdmin()) return signIn.show();
    const kind = kindSelect.value as DeviceKind;
    const name = nameInput.value.trim();
    if (!name) {
      $('#device-error').textContent = '请填写设备名称';
      nameInput.focus();
      return;
    }
    $('#device-error').textContent = '';
    const body = { hall: hallSelect.value, kind, name, ...(kind === 'pad' ? { windowNumber: Number(windowSelect.value) } : {}) };
    void run(async () => {
      const code = await api<PairingCode>(API, { method: 'POST', body });
      showCode(code, name);
      nameInput.dataset.typed = '';
      suggestName();
      notify(`已创建设备“${name}”`, 'ok');
    }, (e) => ($('#device-error').textContent = adminFailure(e)));
  });

  function showCode(code: PairingCode, name: string): void {
    $('#code-for').textContent = `${name} 的配对码`;
    $('#code-value').textContent = code.pairingCode;
    $('#code-expires').textContent = when(code.expiresAt);
    const link = $<HTMLAnchorElement>('#code-link');
    link.href = code.pairingPath;
    link.textContent = new URL(code.pairingPath, window.location.origin).href;
    $('#code-panel').hidden = false;
    $('#code-panel').scrollIntoView({ block: 'nearest' });
  }
  $('#code-close').addEventListener('click', () => ($('#code-panel').hidden = true));

  // ── the list ─────────────────────────────────────────────────────────────────────────────────────
  async function loadDevices(): Promise<void> {
    state.devices = await api<DeviceRow[]>(API);
    renderList();
  }

  async function loadAll(): Promise<void> {
    try {
      state.halls = await api<HallSummary[]>('/api/v1/halls', { auth: false });
      render(state.halls.map((h) => html`<option value=${h.code}>${h.name}（${h.code}）</option>`), hallSelect);
      await loadWindows();
      syncKind();
      await loadDevices();
    } catch (e) {
      failed(e);
    }
  }

  async function run(work: () => Promise<void>, onError: (e: unknown) => void = failed): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    renderList();
    try {
      await work();
      await loadDevices();
    } catch (e) {
      if (isUnauthorized(e)) signIn.show('登录已过期，请重新登录');
      else onError(e);
    } finally {
      state.busy = false;
      renderList();
    }
  }

  function newCode(d: DeviceRow): void {
    void run(async () => showCode(await api<PairingCode>(`${API}/${d.id}/pairing-code`, { method: 'POST' }), d.name));
  }

  function revoke(d: DeviceRow): void {
    if (!window.confirm(`停用“${d.name}”？停用后该设备立即失效，需要新的配对码才能再次使用。`)) return;
    void run(async () => {
      await api(`${API}/${d.id}`, { method: 'DELETE' });
      notify(`已停用“${d.name}”`, 'ok');
    });
  }

  function place(d: DeviceRow): string {
    return d.kind === 'pad' ? `${d.windowNumber} 号窗口` : '大厅';
  }

  function statusText(d: DeviceRow): string {
    const label = data.statusLabels[d.status];
    return d.pairingExpiresAt ? `${label}（配对码有效至 ${when(d.pairingExpiresAt)}）` : label;
  }

  let listed = false;
  function renderList(): void {
    if (!state.halls.length) return;
    const host = $<HTMLElement>('#device-list');
    if (!listed) host.replaceChildren(); // the static "sign in first" hint
    listed = true;
    const byHall = state.halls.map((h) => ({ hall: h, devices: state.devices.filter((d) => d.hall === h.code) }));
    render(byHall.map(({ hall, devices }) => html`
      <h3>${hall.name}（${hall.code}）</h3>
      ${devices.length ? html`
        <table class="ad-table" data-hall=${hall.code}>
          <thead><tr><th scope="col">名称</th><th scope="col">类型</th><th scope="col">位置</th><th scope="col">状态</th><th scope="col">操作</th></tr></thead>
          <tbody>${devices.map((d) => html`
            <tr class="ad-device" data-id=${d.id}>
              <td>${d.name}</td>
              <td>${data.kindLabels[d.kind]}</td>
              <td>${place(d)}</td>
              <td><span class="ad-status ad-status-${d.status}">${statusText(d)}</span></td>
              <td class="ad-actions">
                <button type="button" class="ad-button ad-quiet ad-small ad-new-code" ?disabled=${state.busy} @click=${() => newCode(d)}>新配对码</button>
                ${d.status === 'revoked' ? '' : html`<button type="button" class="ad-button ad-warn ad-small ad-revoke" ?disabled=${state.busy} @click=${() => revoke(d)}>停用</button>`}
              </td>
            </tr>`)}
          </tbody>
        </table>` : html`<p class="muted">尚无设备</p>`}
    `), host);
  }

  $('#devices-reload').addEventListener('click', () => void loadDevices().catch(failed));
  if (!isAdmin()) signIn.show();
}
