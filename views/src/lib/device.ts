// A paired hall device (kiosk, window pad) in this browser: its token lives in localStorage, so it survives
// reloads and browser restarts until an admin revokes it (then any call answers 401 and the token is dropped).
import type { DeviceKind } from '../../../src/devices/domain/device';
import { api, ApiError, type ApiOptions } from './api';

export interface PairedDevice {
  deviceToken: string;
  device: { id: number; hall: string; kind: DeviceKind; windowNumber: number | null };
}

/** Where the device stands: a kiosk at a hall, a pad at a hall's window. One browser may hold several (the demo). */
export interface DevicePlace {
  kind: DeviceKind;
  hall: string;
  windowNumber?: number | null;
}

function key(place: DevicePlace): string {
  const hall = place.hall.toUpperCase();
  return place.kind === 'pad' ? `onewindow.device.pad.${hall}.${place.windowNumber ?? ''}` : `onewindow.device.kiosk.${hall}`;
}

function placeOf(d: PairedDevice['device']): DevicePlace {
  return { kind: d.kind, hall: d.hall, windowNumber: d.windowNumber };
}

export const deviceStore = {
  get(place: DevicePlace): PairedDevice | null {
    try {
      const raw = localStorage.getItem(key(place));
      return raw ? (JSON.parse(raw) as PairedDevice) : null;
    } catch {
      return null;
    }
  },
  set(paired: PairedDevice): void {
    localStorage.setItem(key(placeOf(paired.device)), JSON.stringify(paired));
  },
  clear(place: DevicePlace): void {
    localStorage.removeItem(key(place));
  },
};

/** Pairs with a code (404 PAIRING_CODE_INVALID for an unknown, expired or used one) and stores the token. */
export async function pairDevice(code: string): Promise<PairedDevice> {
  const paired = await api<PairedDevice>('/api/v1/devices/pair', { method: 'POST', body: { pairingCode: code.trim() }, auth: false });
  deviceStore.set(paired);
  return paired;
}

/** True when the paired device is the one for this place (a code of another window's pad pairs that one). */
export function pairedHere(paired: PairedDevice, place: DevicePlace): boolean {
  return key(placeOf(paired.device)) === key(place);
}

/** A call with the device's token; a 401 (revoked, re-paired elsewhere) drops the stored token. */
export async function deviceApi<T = unknown>(place: DevicePlace, path: string, options: Omit<ApiOptions, 'auth' | 'token'> = {}): Promise<T> {
  const token = deviceStore.get(place)?.deviceToken ?? null;
  try {
    return await api<T>(path, { ...options, token });
  } catch (e) {
    if (token && e instanceof ApiError && e.status === 401) deviceStore.clear(place);
    throw e;
  }
}

/** `?pair=CODE` in the address: returns the code and strips it from the address bar (and history). */
export function takePairParam(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get('pair');
  if (code === null) return null;
  url.searchParams.delete('pair');
  history.replaceState(history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return code;
}
