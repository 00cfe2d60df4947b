import { EntityManager } from 'typeorm';
import { Case } from './entities/case.entity';

const COLUMNS = ['warningLevel', 'nextCheckAt', 'supervised', 'dueDate', 'statutoryDueDate', 'dueAt', 'statutoryDueAt'] as const;
const CHUNK = 400;

/**
 * Writes the sweep's results. On SQLite a few `WITH r(…) AS (VALUES …) UPDATE … FROM r` statements
 * replace one statement per case (the sweep's cost at a million cases is mostly statements); other
 * databases take the plain per-row update.
 */
export async function writeLights(m: EntityManager, cases: Case[]): Promise<void> {
  if (m.connection.options.type !== 'sqlite') {
    for (const c of cases) await m.update(Case, { id: c.id }, Object.fromEntries(COLUMNS.map((col) => [col, c[col]])));
    return;
  }
  for (let start = 0; start < cases.length; start += CHUNK) {
    const chunk = cases.slice(start, start + CHUNK);
    const params = chunk.flatMap((c) => [c.id, ...COLUMNS.map((col) => (col === 'supervised' ? (c.supervised ? 1 : 0) : c[col]))]);
    const row = `(${Array(COLUMNS.length + 1).fill('?').join(', ')})`;
    await m.query(
      `WITH r("id", ${COLUMNS.map((col) => `"${col}"`).join(', ')}) AS (VALUES ${chunk.map(() => row).join(', ')})
       UPDATE cases SET ${COLUMNS.map((col) => `"${col}" = r."${col}"`).join(', ')} FROM r WHERE cases."id" = r."id"`,
      params,
    );
  }
}
