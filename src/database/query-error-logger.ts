import { Logger as NestLogger } from '@nestjs/common';
import type { Logger } from 'typeorm';
import { isConflict } from './transaction-runner';

/**
 * TypeORM's query errors through the app's logger (no console.log of every failed statement). A conflict the
 * TransactionRunner retries (PostgreSQL serialization failure or deadlock, SQLITE_BUSY) is routine under
 * concurrent clicks and logged at debug; whatever reaches a caller is logged where it is answered.
 */
export class QueryErrorLogger implements Logger {
  private readonly logger = new NestLogger('Database');

  logQueryError(error: string | Error, query: string): void {
    if (isConflict(error)) this.logger.debug(`retried conflict: ${String((error as Error)?.message ?? error)}`);
    else this.logger.debug(`query failed: ${String((error as Error)?.message ?? error)} in ${query.slice(0, 200)}`);
  }

  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
