import { Init1763800000000 } from './1763800000000-init';
import { Calendar1763800000001 } from './1763800000001-calendar';

/** Migrations in the order they run. */
export const MIGRATIONS = [Init1763800000000, Calendar1763800000001];
