import { EntityManager } from 'typeorm';
import { Device } from './device.entity';
import type { DeviceKind } from './domain/device';

export interface DeviceSetup {
  kind: DeviceKind;
  windowNumber?: number | null;
  name: string;
}

/** Devices of a new hall (the demo seed), waiting for a pairing code: `POST /devices/{id}/pairing-code` or the demo index. */
export async function insertDevices(m: EntityManager, hallCode: string, devices: DeviceSetup[], now: number): Promise<void> {
  if (!devices.length) return;
  await m.insert(Device, devices.map((d) => ({
    hallCode, kind: d.kind, windowNumber: d.kind === 'pad' ? (d.windowNumber ?? null) : null, name: d.name,
    pairingCodeHash: null, pairingExpiresAt: null, pairingUsed: false, tokenHash: null,
    createdAt: now, pairedAt: null, revokedAt: null,
  })));
}
