import { Init1763800000000 } from './1763800000000-init';

/** Migrations in the order they run. */
export const MIGRATIONS = [Init1763800000000];
