import { EntityManager, In } from 'typeorm';
import { BundleVerdict, bundleVerdict } from './domain/bundle-case';
import { CaseTask } from './entities/case-task.entity';
import { Case } from './entities/case.entity';

/** The parts of a bundle's case (一件事), in intake order. */
export function partsOf(m: EntityManager, parentId: number): Promise<Case[]> {
  return m.find(Case, { where: { parentCaseId: parentId }, order: { id: 'ASC' } });
}

/** The bundle's decision from its parts as this transaction sees them; null while any part is open. */
export async function bundleVerdictOf(m: EntityManager, parentId: number): Promise<BundleVerdict | null> {
  const parts = await partsOf(m, parentId);
  const done = parts.length ? await m.find(CaseTask, { where: { caseId: In(parts.map((p) => p.id)), status: 'done' } }) : [];
  return bundleVerdict(parts.map((p) => ({
    itemName: p.itemName, status: p.status, taskOutcomes: done.filter((t) => t.caseId === p.id).map((t) => t.outcome),
  })));
}
