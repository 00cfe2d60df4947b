/** Hall devices (设备): a kiosk (自助取号机) issues tickets at its hall; a pad (评价器) rates its window's visits. */
export const DEVICE_KINDS = ['kiosk', 'pad'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export type DeviceStatus = 'pending' | 'paired' | 'revoked';

/** What a verified device token stands for (`request.device`). */
export interface DeviceIdentity {
  id: number;
  hall: string;
  kind: DeviceKind;
  /** A pad's window; null for a kiosk. */
  windowNumber: number | null;
  name: string;
}

/** Error codes of devices (pure, so the admin page can name them). */
export const DeviceErrorCode = {
  /** 404: the pairing code is unknown, expired or already used. */
  PAIRING_CODE_INVALID: 'PAIRING_CODE_INVALID',
  DEVICE_NOT_FOUND: 'DEVICE_NOT_FOUND',
  /** 422: no hall has this code. */
  UNKNOWN_HALL: 'UNKNOWN_HALL',
  /** 422: a pad names an existing window of its hall; a kiosk names none. */
  DEVICE_WINDOW_INVALID: 'DEVICE_WINDOW_INVALID',
  /** 403: a device token on an endpoint its kind has no right to (every staff endpoint). */
  DEVICE_FORBIDDEN: 'DEVICE_FORBIDDEN',
  /** 403: the endpoint is for a paired device only (the window pad), not for staff. */
  DEVICE_REQUIRED: 'DEVICE_REQUIRED',
  /** 403: a device of another hall or window. */
  DEVICE_WRONG_PLACE: 'DEVICE_WRONG_PLACE',
  /** 401: unknown or revoked device token. */
  DEVICE_TOKEN_INVALID: 'DEVICE_TOKEN_INVALID',
} as const;

/** Pairing codes: 8 characters without look-alikes (no 0/O, 1/I/L), typed by hand on a tablet. */
export const PAIRING_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const PAIRING_CODE_LENGTH = 8;
export const PAIRING_CODE_TTL_MS = 24 * 3_600_000;

/** A typed code as the server compares it: upper case, spaces and dashes dropped. */
export function normalizePairingCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isPairingCodeShape(code: string): boolean {
  return code.length === PAIRING_CODE_LENGTH && [...code].every((c) => PAIRING_ALPHABET.includes(c));
}

/** A device token: `owd.<device id>.<secret>`; staff tokens are JWTs (`eyJ…`), so the two never mix. */
export const DEVICE_TOKEN_PREFIX = 'owd.';

export function isDeviceToken(token: string): boolean {
  return token.startsWith(DEVICE_TOKEN_PREFIX);
}

export function parseDeviceToken(token: string): { id: number; secret: string } | null {
  const match = /^owd\.(\d{1,10})\.([A-Za-z0-9_-]{32,128})$/.exec(token);
  return match ? { id: Number(match[1]), secret: match[2] } : null;
}

export function formatDeviceToken(id: number, secret: string): string {
  return `${DEVICE_TOKEN_PREFIX}${id}.${secret}`;
}

export interface DeviceFacts {
  pairedAt: number | null;
  revokedAt: number | null;
}

/** Revoked wins; a device that paired once is paired; otherwise it waits for its code. */
export function deviceStatus(d: DeviceFacts): DeviceStatus {
  if (d.revokedAt !== null) return 'revoked';
  return d.pairedAt !== null ? 'paired' : 'pending';
}

export interface PairingFacts {
  expiresAt: number | null;
  used: boolean;
  now: number;
}

/** A stored code pairs once, before it expires. */
export function pairingCodeUsable(f: PairingFacts): boolean {
  return !f.used && f.expiresAt !== null && f.now < f.expiresAt;
}

/** Why a device's target is wrong, or null: a pad needs an existing window of its hall, a kiosk has none. */
export function deviceTargetProblem(kind: DeviceKind, windowNumber: number | null | undefined, hallWindows: readonly number[]): string | null {
  if (kind === 'kiosk') return windowNumber === null || windowNumber === undefined ? null : '自助取号机不属于某个窗口';
  if (windowNumber === null || windowNumber === undefined) return '评价器须指定窗口号';
  return hallWindows.includes(windowNumber) ? null : `${windowNumber} 号窗口不存在`;
}

/** The device stands at this hall (and, for a pad, this window). Hall codes compare case-insensitively. */
export function deviceServes(device: DeviceIdentity, hall: string, windowNumber?: number): boolean {
  if (device.hall.toUpperCase() !== hall.toUpperCase()) return false;
  return windowNumber === undefined || device.windowNumber === windowNumber;
}

export const DEVICE_KIND_LABELS: Record<DeviceKind, string> = { kiosk: '自助取号机', pad: '窗口评价器' };
export const DEVICE_STATUS_LABELS: Record<DeviceStatus, string> = { pending: '待配对', paired: '已配对', revoked: '已吊销' };

/** The page a device opens, with `?pair=CODE` pairing it in one click. */
export function pairingPath(d: { hall: string; kind: DeviceKind; windowNumber: number | null }, code: string): string {
  const hall = encodeURIComponent(d.hall);
  const page = d.kind === 'kiosk' ? `/kiosk/${hall}` : `/pad/${hall}/${d.windowNumber ?? ''}`;
  return `${page}?pair=${encodeURIComponent(code)}`;
}
