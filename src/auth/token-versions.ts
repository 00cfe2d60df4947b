import { Injectable } from '@nestjs/common';
import { performance } from 'perf_hooks';
import { TransactionRunner } from '../database/transaction-runner';
import { OnClusterEvent } from '../events/domain-events';
import { AuthEvents, TokensRevokedEvent } from './auth.events';
import { tokenState } from './user.store';

/** How long a user's token version is trusted without reading the database again (revocation within 5 s). */
export const TOKEN_VERSION_TTL_MS = 2_000;

/**
 * Whether a token's version is still the user's current one. This implementation caches per process for
 * TOKEN_VERSION_TTL_MS and hears every revocation at once (the `auth.tokens-revoked` domain event, relayed
 * from the other instances through the ClusterBus); a relay lost while Redis is away is bounded by the TTL.
 */
export abstract class TokenVersions {
  /** True when `version` is the user's current token version and the account is active. */
  abstract isCurrent(userId: number, version: number): Promise<boolean>;
}

interface Entry {
  /** null: no such account, or deactivated. */
  version: number | null;
  loadedAt: number;
}

@Injectable()
export class CachedTokenVersions extends TokenVersions {
  private readonly entries = new Map<number, Entry>();
  private readonly loading = new Map<number, Promise<Entry>>();

  constructor(private readonly tx: TransactionRunner) {
    super();
  }

  async isCurrent(userId: number, version: number): Promise<boolean> {
    const entry = await this.entry(userId);
    return entry.version !== null && entry.version === version;
  }

  /** A revocation committed by any instance: earlier tokens fail at once here. */
  @OnClusterEvent(AuthEvents.TOKENS_REVOKED)
  onRevoked(e: TokensRevokedEvent): void {
    this.loading.delete(e.userId);
    this.entries.delete(e.userId);
  }

  private async entry(id: number): Promise<Entry> {
    const now = performance.now();
    const cached = this.entries.get(id);
    if (cached && now - cached.loadedAt < TOKEN_VERSION_TTL_MS) return cached;
    let pending = this.loading.get(id);
    if (!pending) {
      // one read per user at a time, however many requests arrive together
      pending = this.tx.read((m) => tokenState(m, id)).then((state) => {
        const entry: Entry = { version: state && state.active ? state.tokenVersion : null, loadedAt: now };
        if (this.loading.get(id) === pending) {
          this.loading.delete(id);
          this.entries.set(id, entry);
          if (this.entries.size > 10_000) this.entries.delete(this.entries.keys().next().value as number);
        }
        return entry;
      });
      pending.catch(() => this.loading.delete(id));
      this.loading.set(id, pending);
    }
    return pending;
  }
}
