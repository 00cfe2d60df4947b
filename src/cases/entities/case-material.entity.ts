import { Column, Entity, ForeignKey, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { epochMs } from '../../database/columns';

export type CaseMaterialStatus = 'provided' | 'missing' | 'deferred' | 'supplied';

@Entity('case_materials')
@Unique(['caseId', 'code'])
export class CaseMaterial {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('cases') @Column({ type: 'int' }) caseId: number;
  @Column({ type: 'varchar', length: 32 }) code: string;
  @Column({ type: 'varchar', length: 128 }) name: string;
  @Column({ type: 'boolean' }) required: boolean;
  @Column({ type: 'boolean' }) deferrable: boolean;
  @Column({ type: 'varchar', length: 16 }) status: CaseMaterialStatus;
  @Column({ type: 'bigint', transformer: epochMs, nullable: true }) suppliedAt: number | null;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
}
