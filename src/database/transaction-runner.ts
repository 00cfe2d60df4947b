import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

const BUSY = /SQLITE_BUSY|could not serialize|deadlock detected/i;
/** Most commands committed together; bounds how long one SQLite write transaction stays open. */
const MAX_GROUP = 32;

type Work = (manager: EntityManager) => Promise<unknown>;
interface Pending {
  work: Work;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * One transaction per command. On SQLite every write goes through one in-process queue (the database
 * has a single writer and TypeORM a single connection), so concurrent clicks wait their turn instead of
 * failing; a busy or serialization error from another process is retried.
 *
 * Group commit: the commands that queued up while a transaction ran are committed together in the next
 * one (one BEGIN/COMMIT for all, so the single writer spends its time on the commands' own statements).
 * A command that throws rolls the group back and every command of the group runs again on its own, so
 * each one still succeeds or fails alone; callers hear back only after their data is committed.
 */
@Injectable()
export class TransactionRunner {
  private readonly serialized: boolean;
  private queue: Pending[] = [];
  private draining = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serialized = dataSource.options.type === 'sqlite';
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>, attempts = 5): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return this.serialized ? ((await this.enqueue(work)) as T) : await this.dataSource.transaction(work);
      } catch (error) {
        if (attempt >= attempts || !BUSY.test(String((error as Error)?.message))) throw error;
        await new Promise((r) => setTimeout(r, 5 * attempt));
      }
    }
  }

  private enqueue(work: Work): Promise<unknown> {
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
      p.resolve(await this.dataSource.transaction(p.work));
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
      for (const p of group) values.push(await p.work(runner.manager));
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
