import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { recordAdminChange } from '../audit/audit.store';
import type { AuditActor } from '../audit/domain/audit-entry';
import { Clock } from '../common/clock';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { HallsService } from '../halls/halls.service';
import { CatalogErrorCode, invalidItem, itemNotFound } from './catalog.errors';
import { toItemDefinition } from './catalog.mapper';
import { bundlesContaining, CatalogContents, ItemDetail, nextSortOrder, readCatalog } from './catalog.store';
import { writeCatalogItem } from './catalog-writer';
import type { CatalogItemSeed } from './domain/item-definition';
import { Department } from './department.entity';
import { ItemProblem, itemProblems } from './domain/item-rules';
import { searchItems } from './domain/item-search';
import { ServiceItem } from './service-item.entity';

export type { ItemDetail } from './catalog.store';

/** Filters of the item lists; all optional and combined. */
export interface ItemFilter {
  /** Code prefix, pinyin initials or part of the name; with a query the list is ranked best first. */
  q?: string;
  /** Items owned by this department (any of a joint item's departments). */
  department?: string;
  kind?: string;
  queue?: string;
  /** Withdrawn items too (admin lists); default false. */
  includeInactive?: boolean;
}

/** A snapshot older than this is reloaded in the background (it is still served meanwhile). */
export const CATALOG_REFRESH_MS = 60_000;

interface Snapshot extends CatalogContents {
  loadedAt: number;
  byCode: ReadonlyMap<string, ItemDetail>;
  departmentNames: ReadonlyMap<string, string>;
}

/**
 * The service catalogue. Reads come from an in-memory snapshot (the case intake reads it on every
 * request). Every write goes through the TransactionRunner and drops the snapshot; the next read loads
 * the committed catalogue again. A load that overlapped a write is thrown away, so the cache never keeps
 * rows that did not commit. Each process caches on its own: with several instances on PostgreSQL, an
 * edit made through one reaches the others by the background refresh (REFRESH_MS).
 */
@Injectable()
export class CatalogService {
  private readonly logger = new Logger('Catalog');
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  /** Moves on with every finished write and every invalidation: a load that saw it move is not kept. */
  private epoch = 0;
  /** Catalogue writes inside their transaction right now (SQLite reads share their connection). */
  private activeWrites = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    private readonly halls: HallsService,
  ) {}

  // ── reads ────────────────────────────────────────────────────────────────────────────────────────

  /** Items in catalogue order, or ranked by `q`; active ones unless `includeInactive`. */
  async listItems(filter: ItemFilter = {}): Promise<ItemDetail[]> {
    const { items } = await this.current();
    const matching = items.filter(
      (d) =>
        (filter.includeInactive || d.item.active) &&
        (!filter.department || d.departmentCodes.includes(filter.department)) &&
        (!filter.kind || d.item.kind === filter.kind) &&
        (!filter.queue || d.item.queueCode === filter.queue),
    );
    return filter.q ? searchItems(matching, filter.q, (d) => d.item) : matching;
  }

  /**
   * Active items matching what was typed, best first: exact code, code prefix, pinyin-initials prefix,
   * name substring, initials substring (`jzz` finds 居住证申领). An empty query lists every active item.
   */
  async search(q: string): Promise<ItemDetail[]> {
    return this.listItems({ q });
  }

  /**
   * One item; 404 ITEM_NOT_FOUND when unknown or, unless `includeInactive`, withdrawn. New cases should
   * use the default (a withdrawn item takes no new applications); showing an existing case's item
   * passes `includeInactive: true`.
   */
  async getItem(code: string, options: { includeInactive?: boolean } = {}): Promise<ItemDetail> {
    const detail = (await this.current()).byCode.get(code);
    if (!detail || (!detail.item.active && !options.includeInactive)) throw itemNotFound(code);
    return detail;
  }

  /** Every department, by code. */
  async departments(): Promise<Department[]> {
    return (await this.current()).departments;
  }

  /** Department code → name, for views that show names. */
  async departmentNames(): Promise<ReadonlyMap<string, string>> {
    return (await this.current()).departmentNames;
  }

  // ── admin writes ─────────────────────────────────────────────────────────────────────────────────

  /** Publishes a new item at the end of the catalogue: 409 ITEM_EXISTS for a taken code, 422 for broken rules. */
  async createItem(seed: CatalogItemSeed, actor: AuditActor): Promise<ItemDetail> {
    const queueCodes = await this.queueCodes();
    await this.write(async (m) => {
      if (await m.exists(ServiceItem, { where: { code: seed.code } })) {
        throw DomainError.conflict(CatalogErrorCode.ITEM_EXISTS, `事项编码 ${seed.code} 已存在`);
      }
      await this.check(m, seed, queueCodes);
      await writeCatalogItem(m, seed, await nextSortOrder(m), this.clock.now());
      await recordAdminChange(m, { at: this.clock.now(), actor, action: 'item.create', subjectType: 'item', subjectId: seed.code, before: null, after: await this.definitionIn(m, seed.code) });
    });
    this.logger.log(`Created item ${seed.code} ${seed.name}`);
    return this.getItem(seed.code, { includeInactive: true });
  }

  /**
   * Replaces a whole item (row, departments, materials, route), keeping its place in the list and whether
   * it is active. `bodyCode`, when the request carried one, must equal `code`.
   */
  async replaceItem(code: string, seed: CatalogItemSeed, actor: AuditActor, bodyCode?: string): Promise<ItemDetail> {
    const queueCodes = await this.queueCodes();
    await this.write(async (m) => {
      const existing = await m.findOne(ServiceItem, { where: { code } });
      if (!existing) throw itemNotFound(code);
      const extra: ItemProblem[] =
        bodyCode !== undefined && bodyCode !== code
          ? [{ code: 'INVALID_ITEM', path: 'code', message: `事项编码不可修改（地址中为 ${code}，提交的是 ${bodyCode}）` }]
          : [];
      await this.check(m, { ...seed, code }, queueCodes, extra);
      const before = await this.definitionIn(m, code);
      await writeCatalogItem(m, { ...seed, code }, existing.sortOrder, this.clock.now(), { active: existing.active });
      await recordAdminChange(m, { at: this.clock.now(), actor, action: 'item.update', subjectType: 'item', subjectId: code, before, after: await this.definitionIn(m, code) });
    });
    this.logger.log(`Replaced item ${code}`);
    return this.getItem(code, { includeInactive: true });
  }

  /** Withdraws (false) or republishes (true) an item. Items are never deleted: cases refer to them. Idempotent. */
  async setItemActive(code: string, active: boolean, actor: AuditActor): Promise<ItemDetail> {
    await this.write(async (m) => {
      const existing = await m.findOne(ServiceItem, { select: { code: true, active: true }, where: { code } });
      if (!existing) throw itemNotFound(code);
      await m.update(ServiceItem, { code }, { active, updatedAt: this.clock.now() });
      await recordAdminChange(m, {
        at: this.clock.now(), actor, action: active ? 'item.activate' : 'item.deactivate', subjectType: 'item', subjectId: code,
        before: { active: existing.active }, after: { active },
      });
    });
    this.logger.log(`${active ? 'Activated' : 'Deactivated'} item ${code}`);
    return this.getItem(code, { includeInactive: true });
  }

  /** 409 DEPARTMENT_EXISTS for a taken code. */
  async createDepartment(code: string, name: string, actor: AuditActor): Promise<Department> {
    await this.write(async (m) => {
      if (await m.exists(Department, { where: { code } })) {
        throw DomainError.conflict(CatalogErrorCode.DEPARTMENT_EXISTS, `部门编码 ${code} 已存在`);
      }
      await m.insert(Department, { code, name: name.trim() });
      await recordAdminChange(m, { at: this.clock.now(), actor, action: 'department.create', subjectType: 'department', subjectId: code, before: null, after: { code, name: name.trim() } });
    });
    this.logger.log(`Created department ${code}`);
    return this.requireDepartment(code);
  }

  /** 404 DEPARTMENT_NOT_FOUND for an unknown code. */
  async renameDepartment(code: string, name: string, actor: AuditActor): Promise<Department> {
    await this.write(async (m) => {
      const existing = await m.findOneBy(Department, { code });
      if (!existing) throw DomainError.notFound(CatalogErrorCode.DEPARTMENT_NOT_FOUND, `部门 ${code} 不存在`);
      await m.update(Department, { code }, { name: name.trim() });
      await recordAdminChange(m, { at: this.clock.now(), actor, action: 'department.update', subjectType: 'department', subjectId: code, before: { name: existing.name }, after: { name: name.trim() } });
    });
    return this.requireDepartment(code);
  }

  /**
   * Drops the snapshot; the next read loads the committed catalogue. For code that writes catalogue rows
   * itself (the seed, an import) instead of through this service.
   */
  invalidate(): void {
    this.epoch++;
    this.snapshot = null;
    this.loading = null; // a load under way may predate the change: the next read starts afresh
  }

  // ── internals ────────────────────────────────────────────────────────────────────────────────────

  /** An item's definition (PUT's body) with `active`, as the writing transaction sees it: the audit log's before/after. */
  private async definitionIn(m: EntityManager, code: string): Promise<Record<string, unknown> | null> {
    const detail = (await readCatalog(m)).items.find((d) => d.item.code === code);
    return detail ? { ...toItemDefinition(detail), active: detail.item.active } : null;
  }

  private async requireDepartment(code: string): Promise<Department> {
    const department = (await this.current()).departments.find((d) => d.code === code);
    if (!department) throw DomainError.notFound(CatalogErrorCode.DEPARTMENT_NOT_FOUND, `部门 ${code} 不存在`);
    return department;
  }

  /** The queues of every hall: an item's queue must be one of them. */
  private async queueCodes(): Promise<Set<string>> {
    const codes = new Set<string>();
    for (const hall of await this.halls.listHalls()) for (const code of (await this.halls.layout(hall.code)).queueCodes) codes.add(code);
    return codes;
  }

  /** 422 with every problem; departments are read in the writing transaction. */
  private async check(m: EntityManager, seed: CatalogItemSeed, queueCodes: Set<string>, extra: ItemProblem[] = []): Promise<void> {
    const departmentCodes = new Set((await m.find(Department, { select: { code: true } })).map((d) => d.code));
    const items = new Map((await m.find(ServiceItem, { select: { code: true, kind: true } })).filter((i) => i.code !== seed.code).map((i) => [i.code, i.kind]));
    const problems = [...extra, ...itemProblems(seed, { departmentCodes, queueCodes, items, bundlesContaining: await bundlesContaining(m) })];
    if (problems.length) throw invalidItem(problems);
  }

  private async current(): Promise<Snapshot> {
    const snapshot = this.snapshot;
    if (!snapshot) return this.loading ?? this.startLoad();
    if (!this.loading && this.clock.now() - snapshot.loadedAt > CATALOG_REFRESH_MS) {
      this.startLoad().catch((error: Error) => this.logger.warn(`Catalogue refresh failed: ${error.message}`));
    }
    return snapshot;
  }

  private startLoad(): Promise<Snapshot> {
    const loading: Promise<Snapshot> = this.load().finally(() => {
      if (this.loading === loading) this.loading = null;
    });
    this.loading = loading;
    return loading;
  }

  /**
   * Through tx.read: committed rows on SQLite's read connection, or, called inside a command's transaction
   * (the case intake reads the catalogue there), that transaction's view. A load that overlapped a catalogue
   * write answers its callers but is not kept. On PostgreSQL one REPEATABLE READ transaction reads committed rows.
   */
  private async load(): Promise<Snapshot> {
    const epoch = this.epoch;
    const quiet = this.activeWrites === 0;
    const snapshot =
      this.dataSource.options.type === 'sqlite'
        ? await this.tx.read((m) => this.build(m))
        : await this.dataSource.transaction('REPEATABLE READ', (m) => this.build(m));
    if (quiet && this.activeWrites === 0 && epoch === this.epoch) this.snapshot = snapshot;
    return snapshot;
  }

  /** One transaction; afterwards (committed or not) the snapshot is dropped and the next read loads. */
  private async write(work: (m: EntityManager) => Promise<void>): Promise<void> {
    try {
      await this.tx.run(async (m) => {
        this.activeWrites++;
        try {
          await work(m);
        } finally {
          this.activeWrites--;
        }
      });
    } finally {
      this.invalidate();
    }
  }

  private async build(m: EntityManager): Promise<Snapshot> {
    const contents = await readCatalog(m);
    return {
      ...contents,
      loadedAt: this.clock.now(),
      byCode: new Map(contents.items.map((d) => [d.item.code, d])),
      departmentNames: new Map(contents.departments.map((d) => [d.code, d.name])),
    };
  }
}
