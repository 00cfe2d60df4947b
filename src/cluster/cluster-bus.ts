/** A message on a sequenced channel, with the number its counter gave it. */
export type SequencedHandler = (message: unknown, seq: number) => void;

/**
 * What the instances of one deployment share besides the database: a message bus, counters whose every
 * step is published in order, and short claims. One process (LocalClusterBus) or every instance on one
 * Redis (RedisClusterBus, when REDIS_URL is set).
 */
export abstract class ClusterBus {
  /** This process among the instances (lease holder, origin of relayed messages). */
  abstract readonly instanceId: string;

  /** True when other instances may exist (what this process sees of rooms and caches is then only its share). */
  abstract readonly clustered: boolean;

  /** Sends to the OTHER instances' subscribers of `channel` (this process hears its own news directly). */
  abstract publish(channel: string, message: unknown): void;

  /** Messages of `channel` from the other instances. */
  abstract subscribe(channel: string, handler: (message: unknown) => void): void;

  /**
   * Bumps the counter `key` and sends `message` with the new value to every instance, this one
   * included, atomically: every subscriber hears a channel's messages in counter order, whichever
   * instance sent them.
   */
  abstract sequenced(key: string, channel: string, message: unknown): Promise<number>;

  /** Every message of a sequenced channel, this instance's own included. */
  abstract subscribeSequenced(channel: string, handler: SequencedHandler): void;

  /** A counter's current value (0 before its first bump). */
  abstract counter(key: string): Promise<number>;

  /**
   * True for the first caller across the instances until `ttlMs` has passed (a coalescing window): the
   * others can leave the work to it.
   */
  abstract claim(key: string, ttlMs: number): Promise<boolean>;

  /** Resolves when the shared services answer (GET /health). */
  abstract ping(): Promise<void>;
}
