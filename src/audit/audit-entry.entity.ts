import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../database/columns';
import type { AuditKind, AuditSubjectType } from './domain/audit-entry';

/** One row of the audit log (留痕): an administrative change or a read of a case's full personal data. Never updated or deleted. */
@Entity('audit_entries')
@Index('idx_audit_entries_at', ['at'])
@Index('idx_audit_entries_kind_at', ['kind', 'at'])
export class AuditEntryRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'bigint', transformer: epochMs }) at: number;
  @Column({ type: 'int' }) actorId: number;
  @Column({ type: 'varchar', length: 128 }) actorName: string;
  @Column({ type: 'varchar', length: 16 }) kind: AuditKind;
  @Column({ type: 'varchar', length: 48 }) action: string;
  @Column({ type: 'varchar', length: 16 }) subjectType: AuditSubjectType;
  @Column({ type: 'varchar', length: 64 }) subjectId: string;
  @Column({ type: 'simple-json', nullable: true }) detail: Record<string, unknown> | null;
}
