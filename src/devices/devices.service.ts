import { Injectable } from '@nestjs/common';
import { randomBytes, randomInt } from 'crypto';
import { EntityManager } from 'typeorm';
import { recordAdminChange } from '../audit/audit.store';
import type { AuditActor } from '../audit/domain/audit-entry';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { hallCodesNow, hallWindows } from '../halls/halls.store';
import { Device } from './device.entity';
import { sha256 } from './device-tokens';
import { DeviceEvents } from './devices.events';
import {
  DeviceErrorCode, DeviceKind, deviceStatus, deviceTargetProblem, formatDeviceToken, isPairingCodeShape, normalizePairingCode,
  PAIRING_ALPHABET, PAIRING_CODE_LENGTH, PAIRING_CODE_TTL_MS, pairingCodeUsable, pairingPath,
} from './domain/device';
import type { CreateDeviceDto } from './dto/device.dto';

/** A device as the admin API lists it: never a code or a token. */
export interface DeviceView {
  id: number;
  hall: string;
  kind: DeviceKind;
  windowNumber: number | null;
  name: string;
  status: ReturnType<typeof deviceStatus>;
  /** An unused pairing code is waiting until then (ISO), else null. */
  pairingExpiresAt: string | null;
  createdAt: string;
  pairedAt: string | null;
  revokedAt: string | null;
}

/** A fresh pairing code, shown once. */
export interface PairingCodeView {
  id: number;
  pairingCode: string;
  expiresAt: string;
  /** The device's page with `?pair=CODE`: opening it pairs the device. */
  pairingPath: string;
}

export interface PairedDevice {
  deviceToken: string;
  device: { id: number; hall: string; kind: DeviceKind; windowNumber: number | null };
}

/** A demo device with a current pairing link (index page, SEED=demo only). */
export interface DemoPairingLink {
  id: number;
  kind: DeviceKind;
  windowNumber: number | null;
  name: string;
  pairingCode: string;
  pairingPath: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function newPairingCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code;
}

/** The columns a new pairing code writes (the device row stores only its hash). */
export function pairingColumns(code: string, now: number): Pick<Device, 'pairingCodeHash' | 'pairingExpiresAt' | 'pairingUsed'> {
  return { pairingCodeHash: sha256(code), pairingExpiresAt: now + PAIRING_CODE_TTL_MS, pairingUsed: false };
}

/** Hall devices: admin creates and revokes them, a device pairs once with its code. */
@Injectable()
export class DevicesService {
  /** Codes this process issued for the demo index page, reused while they stay usable. */
  private readonly demoCodes = new Map<number, string>();

  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly events: DomainEvents,
  ) {}

  async create(dto: CreateDeviceDto, actor: AuditActor): Promise<PairingCodeView> {
    const code = newPairingCode();
    const now = this.clock.now();
    const device = await this.tx.run(async (m) => {
      const hall = (await hallCodesNow(m)).find((c) => c.toUpperCase() === dto.hall.toUpperCase());
      if (!hall) throw DomainError.unprocessable(DeviceErrorCode.UNKNOWN_HALL, `服务大厅 ${dto.hall} 不存在`);
      const windows = (await hallWindows(m, hall)).map((w) => w.number);
      const problem = deviceTargetProblem(dto.kind, dto.windowNumber, windows);
      if (problem) throw DomainError.unprocessable(DeviceErrorCode.DEVICE_WINDOW_INVALID, problem);
      const row = m.create(Device, {
        hallCode: hall, kind: dto.kind, windowNumber: dto.kind === 'pad' ? dto.windowNumber! : null, name: dto.name.trim(),
        ...pairingColumns(code, now), tokenHash: null, createdAt: now, pairedAt: null, revokedAt: null,
      });
      const saved = await m.save(row);
      await recordAdminChange(m, { at: now, actor, action: 'device.create', subjectType: 'device', subjectId: String(saved.id), before: null, after: auditedDevice(saved) });
      return saved;
    });
    return this.codeView(device, code);
  }

  async list(hall?: string): Promise<DeviceView[]> {
    const rows = await this.tx.read((m) => m.find(Device, { order: { hallCode: 'ASC', kind: 'ASC', windowNumber: 'ASC', id: 'ASC' } }));
    const now = this.clock.now();
    return rows.filter((d) => !hall || d.hallCode.toUpperCase() === hall.toUpperCase()).map((d) => this.view(d, now));
  }

  /** Revokes the device: its token gets 401 (at once here, within 2 s elsewhere), its sockets close, its code dies. */
  async revoke(id: number, actor: AuditActor): Promise<DeviceView> {
    const now = this.clock.now();
    const device = await this.tx.run(async (m) => {
      const d = await this.load(m, id);
      const before = auditedDevice(d);
      if (d.revokedAt === null) d.revokedAt = now;
      d.tokenHash = null;
      d.pairingCodeHash = null;
      d.pairingExpiresAt = null;
      const saved = await m.save(d);
      await recordAdminChange(m, { at: now, actor, action: 'device.revoke', subjectType: 'device', subjectId: String(id), before, after: auditedDevice(saved) });
      return saved;
    });
    this.events.publish(DeviceEvents.TOKEN_CHANGED, { deviceId: id });
    return this.view(device, now);
  }

  /**
   * A new pairing code for an existing device (lost tablet, revoked device, expired code). The device's current
   * token keeps working until the new code is used: pairing replaces it.
   */
  async newCode(id: number, actor: AuditActor | null): Promise<PairingCodeView> {
    const code = newPairingCode();
    const now = this.clock.now();
    const device = await this.tx.run(async (m) => {
      const d = await this.load(m, id);
      const before = auditedDevice(d);
      Object.assign(d, pairingColumns(code, now));
      const saved = await m.save(d);
      // the demo index's codes (no actor) are not an administrative change
      if (actor) await recordAdminChange(m, { at: now, actor, action: 'device.pairing-code', subjectType: 'device', subjectId: String(id), before, after: auditedDevice(saved) });
      return saved;
    });
    return this.codeView(device, code);
  }

  /** Pairs the device holding this code: a new token (the earlier one, if any, ends); the code is used up. */
  async pair(input: string): Promise<PairedDevice> {
    const code = normalizePairingCode(input);
    const invalid = () => DomainError.notFound(DeviceErrorCode.PAIRING_CODE_INVALID, '配对码无效、已过期或已使用');
    if (!isPairingCodeShape(code)) throw invalid();
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const device = await this.tx.run(async (m) => {
      const candidates = await m.find(Device, { where: { pairingCodeHash: sha256(code) } });
      const d = candidates.find((c) => pairingCodeUsable({ expiresAt: c.pairingExpiresAt, used: c.pairingUsed, now }));
      if (!d) throw invalid();
      // guarded: two tablets typing the same code at once, only one pairs
      const claimed = await m.update(Device, { id: d.id, pairingUsed: false }, { pairingUsed: true, tokenHash: sha256(secret), pairedAt: now, revokedAt: null });
      if (!claimed.affected) throw invalid();
      return d;
    });
    this.events.publish(DeviceEvents.TOKEN_CHANGED, { deviceId: device.id });
    return {
      deviceToken: formatDeviceToken(device.id, secret),
      device: { id: device.id, hall: device.hallCode, kind: device.kind, windowNumber: device.windowNumber },
    };
  }

  /**
   * Demo mode only (the caller checks SEED=demo): a usable pairing code for every device of the hall that is not
   * revoked, so a newcomer pairs the kiosk and a pad from the index page in a click. A code this process issued
   * is reused while it has more than an hour left and is unused; otherwise a fresh one replaces it.
   */
  async demoPairingLinks(hall: string): Promise<DemoPairingLink[]> {
    const now = this.clock.now();
    const devices = await this.tx.read((m) => m.find(Device, { where: { hallCode: hall }, order: { kind: 'ASC', windowNumber: 'ASC', id: 'ASC' } }));
    const links: DemoPairingLink[] = [];
    for (const d of devices) {
      if (d.revokedAt !== null) continue;
      let code = this.demoCodes.get(d.id);
      const fresh = code !== undefined && d.pairingCodeHash === sha256(code)
        && pairingCodeUsable({ expiresAt: d.pairingExpiresAt, used: d.pairingUsed, now: now + 3_600_000 });
      if (!fresh) {
        code = (await this.newCode(d.id, null)).pairingCode;
        this.demoCodes.set(d.id, code);
      }
      links.push({ id: d.id, kind: d.kind, windowNumber: d.windowNumber, name: d.name, pairingCode: code!, pairingPath: pairingPath({ hall: d.hallCode, kind: d.kind, windowNumber: d.windowNumber }, code!) });
    }
    return links;
  }

  private async load(m: EntityManager, id: number): Promise<Device> {
    const d = await m.findOne(Device, { where: { id } });
    if (!d) throw DomainError.notFound(DeviceErrorCode.DEVICE_NOT_FOUND, `设备 ${id} 不存在`);
    return d;
  }

  private codeView(d: Device, code: string): PairingCodeView {
    return { id: d.id, pairingCode: code, expiresAt: iso(d.pairingExpiresAt!), pairingPath: pairingPath({ hall: d.hallCode, kind: d.kind, windowNumber: d.windowNumber }, code) };
  }

  private view(d: Device, now: number): DeviceView {
    const waiting = d.pairingExpiresAt !== null && pairingCodeUsable({ expiresAt: d.pairingExpiresAt, used: d.pairingUsed, now });
    return {
      id: d.id, hall: d.hallCode, kind: d.kind, windowNumber: d.windowNumber, name: d.name,
      status: deviceStatus(d),
      pairingExpiresAt: waiting ? iso(d.pairingExpiresAt!) : null,
      createdAt: iso(d.createdAt),
      pairedAt: d.pairedAt === null ? null : iso(d.pairedAt),
      revokedAt: d.revokedAt === null ? null : iso(d.revokedAt),
    };
  }
}

/** What the audit log keeps of a device: never its code or token hashes. */
function auditedDevice(d: Device): Record<string, unknown> {
  return {
    hall: d.hallCode, kind: d.kind, windowNumber: d.windowNumber, name: d.name,
    pairingExpiresAt: d.pairingExpiresAt, pairedAt: d.pairedAt, revokedAt: d.revokedAt,
  };
}
