import { ValueTransformer } from 'typeorm';

/** Epoch milliseconds in a bigint column: PostgreSQL hands bigints back as strings. */
export const epochMs: ValueTransformer = {
  to: (value?: number | null) => value,
  from: (value?: string | number | null) => (value === null || value === undefined ? null : Number(value)),
};
