import { readFileSync } from 'fs';
import { join } from 'path';
import type { Role } from '../auth/domain/auth-user';
import type { DeviceSetup } from '../devices/device.store';
import type { WindowKind } from '../halls/domain/window-kind';

/** The shape of config/demo-centre.json. */
export interface DemoCentre {
  hall: { code: string; name: string; timeZone: string };
  departments: Array<{ code: string; name: string }>;
  queues: Array<{ code: string; name: string }>;
  windows: Array<{ number: number; name: string; kind: WindowKind; queueCodes: string[] }>;
  /** The hall's kiosk and window pads, created unpaired (the demo index page offers their pairing codes). */
  devices?: DeviceSetup[];
  password: string;
  /** `hallCode`: the account works at one of the points instead of the centre (an agent at its point). */
  accounts: Array<{ username: string; displayName: string; roles: Role[]; departmentCodes: string[]; hallCode?: string }>;
  /** Community service points of the centre (多点可办): no windows or queues of their own in the demo. */
  points?: Array<{ code: string; name: string }>;
}

export function readDemoCentre(configDir: string): DemoCentre {
  return JSON.parse(readFileSync(join(configDir, 'demo-centre.json'), 'utf8')) as DemoCentre;
}
