import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { needsHall } from '../auth/domain/auth-user';
import { PasswordHasher } from '../auth/password-hasher';
import { hasUsers, insertUsers } from '../auth/user.store';
import { insertDepartments, writeCatalogItem } from '../catalog/catalog-writer';
import { readDemoCatalog } from '../catalog/demo-catalog';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { lockForTransaction, STARTUP_LOCK } from '../database/startup-lock';
import { TransactionRunner } from '../database/transaction-runner';
import { insertDevices } from '../devices/device.store';
import { hasHalls, insertHall } from '../halls/halls.store';
import { readDemoCentre } from './demo-centre';

/** On an empty database: the demo centre (SEED=demo), or just the admin account (SEED=none + ADMIN_PASSWORD). */
@Injectable()
export class SeedService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Seed');

  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // the work function only writes and says what it did; the log line follows the commit
    // instances starting together: one seeds, the others wait for its commit and then find it done
    // (READ COMMITTED, so the check after the lock sees that commit)
    const outcome = await this.tx.run(async (m): Promise<string | null> => {
      await lockForTransaction(m, STARTUP_LOCK.seed);
      if ((await hasUsers(m)) || (await hasHalls(m))) return null;
      if (this.config.SEED === 'demo') return this.seedDemo(m);
      if (this.config.ADMIN_PASSWORD) return this.seedAdmin(m, this.config.ADMIN_PASSWORD);
      return '';
    }, { isolation: 'READ COMMITTED' });
    if (outcome) this.logger.log(outcome);
    else if (outcome === '') this.logger.warn('Empty database with SEED=none and no ADMIN_PASSWORD: nobody can sign in');
  }

  private async seedDemo(m: EntityManager): Promise<string> {
    const demo = readDemoCentre(this.config.CONFIG_DIR);
    const now = this.clock.now();
    await insertHall(m, demo, now);
    for (const p of demo.points ?? []) {
      await insertHall(m, { hall: { ...p, timeZone: demo.hall.timeZone, kind: 'point', parentHall: demo.hall.code }, queues: [], windows: [] }, now);
    }
    await insertDepartments(m, demo.departments);
    const passwordHash = await this.hasher.hash(this.config.ADMIN_PASSWORD ?? demo.password);
    const demoHash = await this.hasher.hash(demo.password);
    await insertUsers(m, demo.accounts.map(({ hallCode, ...a }) => ({
      ...a,
      passwordHash: a.username === 'admin' ? passwordHash : demoHash,
      hallCodes: needsHall(a.roles) ? [hallCode ?? demo.hall.code] : [],
      active: true,
      mustChangePassword: false, // the demo's shared password is documented
      tokenVersion: 0,
      createdAt: now,
    })));
    const catalog = readDemoCatalog(this.config.CONFIG_DIR);
    for (const [i, item] of catalog.entries()) await writeCatalogItem(m, item, i, now);
    const devices = demo.devices ?? [];
    await insertDevices(m, demo.hall.code, devices, now);
    return `Seeded the demo centre ${demo.hall.code} ${demo.hall.name}: ${demo.points?.length ?? 0} service points, ${demo.accounts.length} accounts, ${catalog.length} service items, ${devices.length} devices`;
  }

  private async seedAdmin(m: EntityManager, password: string): Promise<string> {
    const passwordHash = await this.hasher.hash(password);
    await insertUsers(m, [{ username: 'admin', displayName: '系统管理员', roles: ['admin'], departmentCodes: [], hallCodes: [], passwordHash, active: true, mustChangePassword: false, tokenVersion: 0, createdAt: this.clock.now() }]);
    return 'Created the admin account';
  }
}
