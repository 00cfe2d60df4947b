import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { DomainError } from '../common/domain-error';
import { AppConfig } from '../config/app-config';
import { AuthErrorCode } from './auth.errors';
import { HashPool, HashPoolFullError } from './hash-pool';

/**
 * bcrypt off the main thread (HashPool): at most HASH_WORKERS hashes at once, HASH_QUEUE_LIMIT more waiting.
 * When the queue is full the server is saturated as a whole (not one client over its limit), so the answer is
 * 503 AUTH_BUSY with `details.retryAfterSeconds`, at once, instead of a queue that grows without bound.
 */
@Injectable()
export class PasswordHasher implements OnModuleDestroy {
  private readonly pool: HashPool;

  constructor(private readonly config: AppConfig) {
    this.pool = new HashPool(config.HASH_WORKERS, config.HASH_QUEUE_LIMIT);
  }

  hash(password: string): Promise<string> {
    return this.busyAsDomainError(this.pool.run({ op: 'hash', password, rounds: this.config.BCRYPT_ROUNDS }));
  }

  verify(password: string, passwordHash: string): Promise<boolean> {
    return this.busyAsDomainError(this.pool.run({ op: 'compare', password, hash: passwordHash }));
  }

  /** Spends as long as a real check when the username is unknown, so timing does not reveal accounts. */
  async verifyNobody(password: string): Promise<false> {
    this.dummy ??= this.hash('not-a-password');
    await this.verify(password, await this.dummy.catch((error: unknown) => {
      this.dummy = undefined; // a busy pool must not poison every later unknown-user check
      throw error;
    }));
    return false;
  }

  /** Running and queued hashes, and the most ever running at once. */
  get stats(): HashPool['stats'] {
    return this.pool.stats;
  }

  onModuleDestroy(): Promise<void> {
    return this.pool.close();
  }

  private async busyAsDomainError<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof HashPoolFullError) {
        throw new DomainError(AuthErrorCode.AUTH_BUSY, 503, '登录人数过多，请稍后再试', { retryAfterSeconds: 1 });
      }
      throw error;
    }
  }

  private dummy?: Promise<string>;
}
