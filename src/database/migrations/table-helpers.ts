import { TableColumnOptions } from 'typeorm';

/** Column shorthands that read the same on SQLite and PostgreSQL. */
export const col = {
  id: (): TableColumnOptions => ({ name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' }),
  str: (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'varchar', length: String(length), ...extra }),
  int: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra }),
  ms: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'bigint', ...extra }),
  bool: (name: string, fallback: boolean): TableColumnOptions => ({ name, type: 'boolean', default: fallback ? 'true' : 'false' }),
  json: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...extra }),
};
