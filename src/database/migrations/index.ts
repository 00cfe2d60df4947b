import { Init1763800000000 } from './1763800000000-init';
import { Calendar1763800000001 } from './1763800000001-calendar';
import { Catalog1763800000002 } from './1763800000002-catalog';
import { Cases1763800000003 } from './1763800000003-cases';
import { Evaluations1763800000004 } from './1763800000004-evaluations';
import { Accounts1764000000000 } from './1764000000000-accounts';
import { HallAdmin1764000000001 } from './1764000000001-hall-admin';
import { Devices1764200000000 } from './1764200000000-devices';
import { Audit1764200000001 } from './1764200000001-audit';
import { RectificationRatedUser1764400000000 } from './1764400000000-rectification-rated-user';
import { CasePickup1764400000001 } from './1764400000001-case-pickup';
import { JobLeases1764600000000 } from './1764600000000-job-leases';
import { Requests1764800000000 } from './1764800000000-requests';
import { Notifications1764800000001 } from './1764800000001-notifications';
import { Appointments1765000000000 } from './1765000000000-appointments';
import { Bundles1765000000100 } from './1765000000100-bundles';
import { Reports1765000000300 } from './1765000000300-reports';

/** Migrations in the order they run. */
export const MIGRATIONS = [
  Init1763800000000, Calendar1763800000001, Catalog1763800000002, Cases1763800000003, Evaluations1763800000004,
  Accounts1764000000000, HallAdmin1764000000001, Devices1764200000000, Audit1764200000001,
  RectificationRatedUser1764400000000, CasePickup1764400000001, JobLeases1764600000000,
  Requests1764800000000, Notifications1764800000001,
  Appointments1765000000000,
  Bundles1765000000100,
  Reports1765000000300,
];
