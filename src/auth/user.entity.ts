import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from './domain/auth-user';
import { booleanDefault, epochMs } from '../database/columns';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 64, unique: true }) username: string;
  @Column({ type: 'varchar', length: 64 }) displayName: string;
  @Column({ type: 'varchar', length: 100 }) passwordHash: string;
  @Column({ type: 'simple-json' }) roles: Role[];
  @Column({ type: 'simple-json' }) departmentCodes: string[];
  @Column({ type: 'boolean', default: booleanDefault(true) }) active: boolean;
  @Column({ type: 'bigint', transformer: epochMs }) createdAt: number;
}
