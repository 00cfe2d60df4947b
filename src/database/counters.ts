import type { EntityManager } from 'typeorm';

/**
 * Bumps (or starts at 1) the counter row keyed by `key` and reads it back in one statement: an upsert
 * with RETURNING (SQLite 3.35+, PostgreSQL). Two commands bumping one row at once each get their own
 * number on either database; nothing reads the row and writes it back. `table` and the column names are
 * the caller's constants, never input. The leading comment matters on SQLite: TypeORM's runner returns
 * rows only for statements that do not start with INSERT/UPDATE/DELETE.
 */
export async function bumpCounter(m: EntityManager, table: string, key: Record<string, string>, column: string): Promise<number> {
  const keyColumns = Object.keys(key).map((c) => `"${c}"`).join(', ');
  const [sql, params] = m.connection.driver.escapeQueryWithParameters(
    `/* bump ${table} */ INSERT INTO "${table}" (${keyColumns}, "${column}") VALUES (${Object.keys(key).map((c) => `:${c}`).join(', ')}, 1)
     ON CONFLICT (${keyColumns}) DO UPDATE SET "${column}" = "${table}"."${column}" + 1
     RETURNING "${column}"`,
    key,
    {},
  );
  const rows: Array<Record<string, number | string>> = await m.query(sql, params);
  return Number(rows[0][column]);
}
