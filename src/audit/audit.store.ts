import { EntityManager } from 'typeorm';
import { AuditEntryRow } from './audit-entry.entity';
import { AdminChange, adminChangeEntry, AuditEntry } from './domain/audit-entry';
import type { AuditFilter } from './domain/audit-query';

/**
 * Writes one audit row in the caller's transaction, so a change and its row commit (or roll back) together.
 * Other modules call this (or `recordAdminChange`) from inside their command's `tx.run` work function.
 */
export async function recordAudit(m: EntityManager, entry: AuditEntry): Promise<void> {
  await m.save(m.create(AuditEntryRow, { ...entry }), { reload: false });
}

/**
 * An administrative change with its before/after (only changed fields are kept; passwords, hashes, tokens
 * never), e.g. `recordAdminChange(m, {at: now, actor: user, action: 'device.revoke', subjectType: 'device',
 * subjectId: String(id), before: {active: true}, after: {active: false}})`. `before` null for a creation.
 */
export async function recordAdminChange(m: EntityManager, change: AdminChange): Promise<void> {
  await recordAudit(m, adminChangeEntry(change));
}

/** The log, newest first, filtered and paged. */
export async function readAudit(m: EntityManager, filter: AuditFilter): Promise<AuditEntryRow[]> {
  const qb = m.createQueryBuilder(AuditEntryRow, 'a');
  if (filter.kind) qb.andWhere('a.kind = :kind', { kind: filter.kind });
  if (filter.from !== undefined) qb.andWhere('a.at >= :from', { from: filter.from });
  if (filter.to !== undefined) qb.andWhere('a.at < :to', { to: filter.to });
  if (filter.actorId !== undefined) qb.andWhere('a.actorId = :actorId', { actorId: filter.actorId });
  if (filter.subjectType) qb.andWhere('a.subjectType = :subjectType', { subjectType: filter.subjectType });
  if (filter.subjectId) qb.andWhere('a.subjectId = :subjectId', { subjectId: filter.subjectId });
  return qb.orderBy('a.at', 'DESC').addOrderBy('a.id', 'DESC').offset(filter.offset).limit(filter.limit).getMany();
}
