import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { epochMs } from '../../database/columns';

/** A photo attached to a request; the bytes live under the data directory (`fileName`), never in the database. */
@Entity('request_photos')
@Index('idx_request_photos_request', ['requestId'])
export class RequestPhoto {
  @PrimaryGeneratedColumn() id: number;
  @ForeignKey('requests') @Column({ type: 'int' }) requestId: number;
  @Column({ type: 'varchar', length: 80 }) fileName: string;
  @Column({ type: 'varchar', length: 32 }) contentType: string;
  @Column({ type: 'int' }) size: number;
  @Column({ type: 'bigint', transformer: epochMs }) createdAt: number;
}
