import { OnModuleDestroy } from '@nestjs/common';
import { countHit, type RateRule, type WindowCount } from './domain/rate-window';
import { RateLimitStore } from './rate-limit.store';

/** Keys kept at most: a flood of distinct keys (random usernames, many addresses) cannot grow memory past it. */
export const MEMORY_STORE_MAX_KEYS = 100_000;
const SWEEP_EVERY_MS = 60_000;

/**
 * One instance's counts. Ended windows are swept every minute and whenever the map is full; if it is still
 * full, the oldest key is dropped (a flood then forgets its own oldest counts, never grows without bound).
 */
export class MemoryRateLimitStore extends RateLimitStore implements OnModuleDestroy {
  private readonly windows = new Map<string, WindowCount>();
  private lastSweep = 0;
  private readonly timer: NodeJS.Timeout;

  /** `clock`: the app's time (the windows' ends are on it), for the periodic sweep. */
  constructor(clock: () => number = Date.now, private readonly maxKeys = MEMORY_STORE_MAX_KEYS) {
    super();
    this.timer = setInterval(() => this.sweep(clock()), SWEEP_EVERY_MS);
    this.timer.unref();
  }

  async hit(key: string, rule: RateRule, now: number): Promise<WindowCount> {
    const current = this.windows.get(key);
    const next = countHit(current, rule, now);
    if (next.count === 1) this.windows.delete(key); // a fresh window goes to the end (oldest first)
    if (!this.windows.has(key)) this.makeRoom(now);
    this.windows.set(key, next);
    return next;
  }

  async peek(key: string, now: number): Promise<WindowCount | undefined> {
    const current = this.windows.get(key);
    return current && current.resetAt > now ? current : undefined;
  }

  async reset(key: string): Promise<void> {
    this.windows.delete(key);
  }

  /** How many keys are held (for tests). */
  get size(): number {
    return this.windows.size;
  }

  /** Drops every ended window. */
  sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  private makeRoom(now: number): void {
    if (this.windows.size < this.maxKeys) return;
    // at most one full sweep a second: a flood of new keys against a full map must not pay O(n) each
    if (now - this.lastSweep >= 1000) this.sweep(now);
    while (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value as string);
  }
}
