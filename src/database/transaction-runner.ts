import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AsyncMutex } from '../common/async-mutex';

const BUSY = /SQLITE_BUSY|could not serialize|deadlock detected/i;

/**
 * One transaction per command. On SQLite every write goes through one in-process queue (the database
 * has a single writer and TypeORM a single connection), so concurrent clicks wait their turn instead of
 * failing; a busy or serialization error from another process is retried.
 */
@Injectable()
export class TransactionRunner {
  private readonly writes = new AsyncMutex();
  private readonly serialized: boolean;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.serialized = dataSource.options.type === 'sqlite';
  }

  async run<T>(work: (manager: EntityManager) => Promise<T>, attempts = 5): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        const once = () => this.dataSource.transaction(work);
        return this.serialized ? await this.writes.run(once) : await once();
      } catch (error) {
        if (attempt >= attempts || !BUSY.test(String((error as Error)?.message))) throw error;
        await new Promise((r) => setTimeout(r, 5 * attempt));
      }
    }
  }
}
