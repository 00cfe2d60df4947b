import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../database/columns';
import type { NotificationKind, NotificationStatus, NotificationSubjectType } from './domain/notification-kind';

/** One message of the outbox: queued in the transaction of the change it tells about, sent afterwards. */
@Entity('notifications')
@Index('idx_notifications_due', ['status', 'nextAttemptAt'])
// the admin list, newest first: unfiltered, by status, by kind
@Index('idx_notifications_created', ['createdAt'])
@Index('idx_notifications_status_created', ['status', 'createdAt'])
@Index('idx_notifications_kind_created', ['kind', 'createdAt'])
export class NotificationRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 24 }) kind: NotificationKind;
  @Column({ type: 'varchar', length: 32 }) to: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'varchar', length: 16 }) status: NotificationStatus;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ type: 'bigint', transformer: epochMs }) createdAt: number;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) sentAt: number | null;
  /** When the sender may take it (again); null once sent or failed. */
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) nextAttemptAt: number | null;
  @Column({ type: 'varchar', length: 500, nullable: true }) lastError: string | null;
  @Column({ type: 'varchar', length: 16 }) subjectType: NotificationSubjectType;
  @Column({ type: 'varchar', length: 64 }) subjectId: string;
  @Column({ type: 'varchar', length: 128, unique: true }) dedupeKey: string;
}
