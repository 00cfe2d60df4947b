// Pairing the kiosk (自助取号机) as a hall device. Unpaired it works as before and issues normal numbers;
// paired (a small 设备配对 entry in the corner, or `?pair=CODE` in the address, which pairs and strips the
// code) it sends its device token when issuing and offers 绿色通道. The token lives in localStorage until an
// admin revokes it; a 401 drops it and the kiosk is unpaired again.
import { html, render } from 'lit-html';
import { api, ApiError, failureText } from '../lib/api';
import { deviceApi, deviceStore, type DevicePlace, pairDevice, pairedHere, takePairParam } from '../lib/device';
import { toast } from '../lib/dom';

export interface KioskDevice {
  paired(): boolean;
  /** POST with the device token when paired, anonymously otherwise; a 401 unpairs. */
  post<T>(path: string, body: unknown): Promise<T>;
}

/** `onChange(paired)` runs at start and whenever the pairing changes. */
export function setupKioskDevice(hall: string, host: HTMLElement, onChange: (paired: boolean) => void): KioskDevice {
  const place: DevicePlace = { kind: 'kiosk', hall };
  let open = false;
  let error = '';
  let busy = false;

  const paired = () => deviceStore.get(place) !== null;

  function changed(): void {
    draw();
    onChange(paired());
  }

  async function pair(code: string): Promise<void> {
    if (busy) return;
    busy = true;
    error = '';
    draw();
    try {
      const result = await pairDevice(code);
      if (!pairedHere(result, place)) {
        error = '这个配对码不属于本大厅的取号机';
      } else {
        open = false;
        toast('本机已配对，可办理绿色通道', 'ok');
      }
    } catch (e) {
      error = e instanceof ApiError && e.status === 404 ? '配对码无效、已过期或已使用' : failureText(e);
      if (!open) toast(`设备配对失败：${error}`, 'error'); // from a ?pair= link: the form is closed
    } finally {
      busy = false;
      changed();
    }
  }

  function submit(event: Event): void {
    event.preventDefault();
    const input = host.querySelector<HTMLInputElement>('#kiosk-pair-code');
    const code = input?.value.trim() ?? '';
    if (!code) {
      error = '请输入配对码';
      draw();
      return;
    }
    void pair(code);
  }

  function toggle(): void {
    open = !open;
    error = '';
    draw();
    if (open) host.querySelector<HTMLInputElement>('#kiosk-pair-code')?.focus();
  }

  function draw(): void {
    const isPaired = paired();
    render(html`
      <button type="button" class="kiosk-device-entry" id="kiosk-device-entry" aria-expanded=${open} @click=${toggle}>${isPaired ? '已配对' : '设备配对'}</button>
      ${open ? html`
        <form class="kiosk-device-form" id="kiosk-pair-form" @submit=${submit} autocomplete="off">
          <label for="kiosk-pair-code">${isPaired ? '本机已配对。重新配对请输入新的配对码' : '请输入配对码'}</label>
          <input id="kiosk-pair-code" maxlength="12" autocapitalize="characters" spellcheck="false" placeholder="XXXXXXXX">
          <div class="kiosk-device-actions">
            <button type="submit" ?disabled=${busy}>配对</button>
            <button type="button" class="kiosk-device-cancel" @click=${toggle}>取消</button>
          </div>
          <p class="kiosk-device-error" role="alert">${error}</p>
        </form>` : ''}
    `, host);
  }

  const linked = takePairParam();
  changed();
  if (linked) void pair(linked);

  return {
    paired,
    async post<T>(path: string, body: unknown): Promise<T> {
      if (!paired()) return api<T>(path, { method: 'POST', body, auth: false });
      try {
        return await deviceApi<T>(place, path, { method: 'POST', body });
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) {
          toast('本机配对已失效，请联系管理员重新配对', 'error');
          changed();
        }
        throw e;
      }
    },
  };
}
