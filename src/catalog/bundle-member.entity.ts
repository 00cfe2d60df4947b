import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A member item of a bundle (一件事), in the bundle's order. */
@Entity('bundle_members')
export class BundleMember {
  @ForeignKey('service_items', { onDelete: 'CASCADE' }) @PrimaryColumn({ type: 'varchar', length: 16 }) bundleCode: string;
  @ForeignKey('service_items') @PrimaryColumn({ type: 'varchar', length: 16 }) memberCode: string;
  @Column({ type: 'int', default: 0 }) sortOrder: number;
}
