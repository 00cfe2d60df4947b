import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { oneQueryAtATime } from './one-query-at-a-time';
import { AsyncLocalStorage } from 'async_hooks';
import { DataSource, EntityManager } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';

const BUSY = /SQLITE_BUSY|could not serialize|deadlock detected/i;
/** PostgreSQL: serialization failure, deadlock (retried like SQLITE_BUSY). */
const RETRIED_CODES = new Set(['40001', '40P01']);
/** Attempts before a conflict reaches the caller: enough that a click never fails because others ran with it. */
const ATTEMPTS = 12;

/** A conflict with another command, retried by run(). */
export function isConflict(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return (code !== undefined && RETRIED_CODES.has(code)) || BUSY.test(String((error as Error)?.message));
}

export interface RunOptions {
  /**
   * PostgreSQL only. Commands run in REPEATABLE READ by default: two commands that change one row cannot
   * both commit (the later one fails with a serialization error and runs again on the new row), so no
   * read-modify-write loses an update. The queue's hot commands pass READ COMMITTED: they lock the rows
   * they change themselves (the window FOR UPDATE, the head ticket FOR UPDATE SKIP LOCKED, counters by
   * upsert) and would otherwise retry whenever two kiosks bump one counter.
   */
  isolation?: Extract<IsolationLevel, 'READ COMMITTED' | 'REPEATABLE READ'>;
}

/** Most commands committed together; bounds how long one SQLite write transaction stays open. */
const MAX_GROUP = 32;

/** A work function: database statements only. It may run twice (see group commit), so it has no other effects. */
export type Work<T> = (manager: EntityManager) => Promise<T>;

interface Pending {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The manager the current async flow works with: a write transaction's or the read connection's. */
interface Scope {
  manager: EntityManager;
  kind: 'write' | 'read';
  /** False once the work function has settled: a promise it left behind no longer joins. */
  open: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();

function currentScope(): Scope | undefined {
  const scope = scopes.getStore();
  return scope?.open ? scope : undefined;
}

/** True while this async flow is inside a `tx.run` work function (where publishing anything is a bug). */
export function insideTransaction(): boolean {
  return currentScope()?.kind === 'write';
}

async function within<T>(manager: EntityManager, kind: Scope['kind'], work: Work<T>): Promise<T> {
  const scope: Scope = { manager, kind, open: true };
  try {
    return await scopes.run(scope, () => work(manager));
  } finally {
    scope.open = false;
  }
}

/**
 * One transaction per command. On SQLite every write goes through one in-process queue (the database
 * has a single writer and TypeORM a single connection), so concurrent clicks wait their turn instead of
 * failing; a busy or serialization error from another process is retried.
 *
 * Group commit: the commands that queued up while a transaction ran are committed together in the next
 * one (one BEGIN/COMMIT for all, so the single writer spends its time on the commands' own statements).
 * A command that throws rolls the group back and every command of the group runs again on its own, so
 * each one still succeeds or fails alone; callers hear back only after their data is committed. Hence
 * the contract: a work function only touches the database and returns what to publish; the caller
 * publishes after `run` resolves.
 *
 * A `run` called from inside a work function (same async flow) joins the running transaction: its work
 * runs at once on the same manager, commits or rolls back with the outer one, and is never queued
 * (queueing it behind the transaction it is part of would wait forever).
 *
 * `read` is for reads that must see committed data only. On SQLite (a file database) it uses a second,
 * query-only connection: in WAL mode it sees the last commit, never the rows of a group transaction
 * still open on the writing connection, and it does not wait for the write queue. On PostgreSQL every
 * pooled connection already reads committed data. Inside a work function `read` joins the transaction,
 * so a command reads its own writes.
 */
@Injectable()
export class TransactionRunner implements OnApplicationShutdown {
  private readonly serialized: boolean;
  private queue: Pending[] = [];
  private draining = false;
  private reader: Promise<DataSource | null> | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serialized = dataSource.options.type === 'sqlite';
  }

  async run<T>(work: Work<T>, options: RunOptions = {}): Promise<T> {
    const outer = currentScope();
    if (outer?.kind === 'write') return work(outer.manager);
    if (outer?.kind === 'read') {
      throw new Error('TransactionRunner.run called inside TransactionRunner.read: a read cannot write; run the command after the read');
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return this.serialized
          ? ((await this.enqueue(work)) as T)
          : await this.dataSource.transaction(options.isolation ?? 'REPEATABLE READ', (m) => within(oneQueryAtATime(m), 'write', work));
      } catch (error) {
        if (attempt >= ATTEMPTS || !isConflict(error)) throw error;
        // jittered backoff: commands that collided once do not collide again in lockstep
        await new Promise((r) => setTimeout(r, Math.random() * 4 * Math.min(attempt, 5)));
      }
    }
  }

  /** Reads committed data (see the class comment); inside a work function, that transaction's own view. */
  async read<T>(work: Work<T>): Promise<T> {
    const outer = currentScope();
    if (outer) return work(outer.manager);
    const reader = await this.readDataSource();
    return within((reader ?? this.dataSource).manager, 'read', work);
  }

  async onApplicationShutdown(): Promise<void> {
    const reader = await this.reader?.catch(() => null);
    this.reader = null;
    if (reader?.isInitialized) await reader.destroy();
  }

  /** The query-only SQLite connection, opened on first use; null where the main one already reads committed data. */
  private readDataSource(): Promise<DataSource | null> {
    const options = this.dataSource.options;
    if (options.type !== 'sqlite' || options.database === ':memory:') return Promise.resolve(null);
    this.reader ??= (async () => {
      const reader = await new DataSource({ ...options, migrations: [], migrationsRun: false, synchronize: false, subscribers: [] }).initialize();
      await reader.query('PRAGMA busy_timeout = 5000');
      await reader.query('PRAGMA query_only = ON');
      return reader;
    })();
    return this.reader;
  }

  private enqueue(work: Work<unknown>): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.queue.push({ work, resolve, reject });
      if (!this.draining) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, MAX_GROUP);
        if (group.length === 1 || !(await this.together(group))) {
          for (const p of group) await this.alone(p);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async alone(p: Pending): Promise<void> {
    try {
      p.resolve(await this.dataSource.transaction((m) => within(m, 'write', p.work)));
    } catch (error) {
      p.reject(error);
    }
  }

  /** All of the group in one transaction; false (nothing committed) when any of it fails. */
  private async together(group: Pending[]): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    const values: unknown[] = [];
    try {
      await runner.connect();
      await runner.startTransaction();
      for (const p of group) values.push(await within(runner.manager, 'write', p.work));
      await runner.commitTransaction();
    } catch {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      return false;
    } finally {
      await runner.release();
    }
    group.forEach((p, i) => p.resolve(values[i]));
    return true;
  }
}
