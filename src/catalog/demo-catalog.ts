import { readFileSync } from 'fs';
import { join } from 'path';
import type { CatalogItemSeed } from './domain/item-definition';


export function readDemoCatalog(configDir: string): CatalogItemSeed[] {
  return (JSON.parse(readFileSync(join(configDir, 'demo-catalog.json'), 'utf8')) as { items: CatalogItemSeed[] }).items;
}
