import { ValueTransformer } from 'typeorm';

/** Epoch milliseconds in a bigint column: PostgreSQL hands bigints back as strings. */
export const epochMs: ValueTransformer = {
  to: (value?: number | null) => value,
  from: (value?: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};

/**
 * A boolean default written as the migrations write it (`DEFAULT true|false`): a plain `default: true`
 * reads back as `1` on SQLite and the schema builder would rebuild the table to change it.
 */
export const booleanDefault = (value: boolean) => () => String(value);
