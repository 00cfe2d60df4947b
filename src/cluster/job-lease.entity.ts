import { Column, Entity, PrimaryColumn } from 'typeorm';
import { epochMs } from '../database/columns';

/** Which instance runs a background job (the deadline sweep, default ratings…) until when. */
@Entity('job_leases')
export class JobLeaseRow {
  @PrimaryColumn({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 64 }) holder: string;
  @Column({ type: 'bigint', transformer: epochMs }) expiresAt: number;
}
