import { Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'crypto';
import { performance } from 'perf_hooks';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { OnClusterEvent } from '../events/domain-events';
import { Device } from './device.entity';
import { DeviceEvents, DeviceTokenChangedEvent } from './devices.events';
import { DeviceErrorCode, DeviceIdentity, parseDeviceToken } from './domain/device';

/** How long a device's token state is trusted without reading the database again (revocation within 5 s). */
export const DEVICE_TOKEN_TTL_MS = 2_000;

/** SHA-256 (hex) of a secret: pairing codes and device tokens are random, so no slow hash is needed. */
export function sha256(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

interface Entry {
  /** null: no such device, revoked, or never paired. */
  tokenHash: string | null;
  identity: DeviceIdentity | null;
  loadedAt: number;
}

/**
 * Verifies device tokens for the AuthGuard and the realtime gateway. Like TokenVersions: one read per device
 * per DEVICE_TOKEN_TTL_MS at most, dropped at once by `device.token-changed` from this process.
 */
@Injectable()
export class DeviceTokens {
  private readonly entries = new Map<number, Entry>();
  /** Raised by every token change, so a read that started before it is not cached after it. */
  private readonly changes = new Map<number, number>();

  constructor(private readonly tx: TransactionRunner) {}

  /** The device a token stands for; 401 DEVICE_TOKEN_INVALID for a malformed, unknown or revoked one. */
  async verify(token: string): Promise<DeviceIdentity> {
    const parsed = parseDeviceToken(token);
    const entry = parsed ? await this.entry(parsed.id) : null;
    if (!parsed || !entry?.tokenHash || !entry.identity || !sameHash(entry.tokenHash, sha256(parsed.secret))) {
      throw DomainError.unauthorized(DeviceErrorCode.DEVICE_TOKEN_INVALID, '设备未配对或已被停用，请重新配对');
    }
    return entry.identity;
  }

  @OnClusterEvent(DeviceEvents.TOKEN_CHANGED)
  onTokenChanged(e: DeviceTokenChangedEvent): void {
    this.entries.delete(e.deviceId);
    this.changes.set(e.deviceId, (this.changes.get(e.deviceId) ?? 0) + 1);
    if (this.changes.size > 10_000) this.changes.delete(this.changes.keys().next().value as number);
  }

  private async entry(id: number): Promise<Entry> {
    const now = performance.now();
    const cached = this.entries.get(id);
    if (cached && now - cached.loadedAt < DEVICE_TOKEN_TTL_MS) return cached;
    const change = this.changes.get(id);
    const d = await this.tx.read((m) => m.findOne(Device, { where: { id } }));
    const entry: Entry = d && d.revokedAt === null && d.tokenHash
      ? { tokenHash: d.tokenHash, identity: { id: d.id, hall: d.hallCode, kind: d.kind, windowNumber: d.windowNumber, name: d.name }, loadedAt: now }
      : { tokenHash: null, identity: null, loadedAt: now };
    if (this.changes.get(id) === change) this.entries.set(id, entry);
    if (this.entries.size > 10_000) this.entries.delete(this.entries.keys().next().value as number);
    return entry;
  }
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
