import type { CatalogItemSeed } from './domain/item-definition';
import type { ItemKind, LimitUnit } from './domain/catalog-terms';
import type { CatalogItemBodyDto } from './dto/catalog-item.dto';

const text = (value: string | undefined) => (value ?? '').trim();

/**
 * A shape-checked request body as the item it describes: defaults filled in, text trimmed. Kinds and
 * units are passed on as sent (the cast is checked right after, by itemProblems).
 */
export function toItemSeed(code: string, body: CatalogItemBodyDto): CatalogItemSeed {
  return {
    code,
    name: text(body.name),
    kind: body.kind as ItemKind,
    departmentCodes: [...body.departmentCodes],
    queueCode: body.queueCode ?? null,
    promisedLimit: { value: body.promisedLimit.value, unit: body.promisedLimit.unit as LimitUnit },
    statutoryLimit: { value: body.statutoryLimit.value, unit: body.statutoryLimit.unit as LimitUnit },
    feeFen: body.feeFen ?? 0,
    visitsRequired: body.visitsRequired ?? 1,
    windowMinutes: body.windowMinutes ?? null,
    guide: text(body.guide),
    materials: body.materials.map((m) => ({
      code: m.code,
      name: text(m.name),
      copies: m.copies ?? 1,
      original: m.original ?? false,
      required: m.required ?? true,
      deferrable: m.deferrable ?? false,
      commitmentAllowed: m.commitmentAllowed ?? false,
      note: text(m.note),
    })),
    steps: body.steps.map((s) => ({
      name: text(s.name),
      departmentCode: s.departmentCode ?? null,
      limitValue: s.limitValue,
      limitUnit: s.limitUnit as LimitUnit,
      external: s.external ?? false,
      responsible: text(s.responsible),
    })),
    ...(body.memberCodes !== undefined ? { memberCodes: [...body.memberCodes] } : {}),
  };
}
