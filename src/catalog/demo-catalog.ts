import { readFileSync } from 'fs';
import { join } from 'path';
import type { ItemKind, LimitUnit } from './service-item.entity';

/** The shape of config/demo-catalog.json (also the admin import shape of one item). */
export interface CatalogItemSeed {
  code: string;
  name: string;
  kind: ItemKind;
  departmentCodes: string[];
  queueCode: string | null;
  promisedLimit: { value: number; unit: LimitUnit };
  statutoryLimit: { value: number; unit: LimitUnit };
  feeFen: number;
  visitsRequired: number;
  windowMinutes: number | null;
  guide: string;
  materials: Array<{ code: string; name: string; copies: number; original: boolean; required: boolean; deferrable: boolean; commitmentAllowed: boolean; note: string }>;
  steps: Array<{ name: string; departmentCode: string | null; limitValue: number; limitUnit: LimitUnit; external: boolean; responsible: string }>;
}

export function readDemoCatalog(configDir: string): CatalogItemSeed[] {
  return (JSON.parse(readFileSync(join(configDir, 'demo-catalog.json'), 'utf8')) as { items: CatalogItemSeed[] }).items;
}
