import { Logger } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { createClient } from 'redis';
import { ClusterBus, SequencedHandler } from './cluster-bus';

type Client = ReturnType<typeof createClient>;

/** Every key and channel of the bus starts with this. */
export const CLUSTER_PREFIX = 'ow:cluster:';

/**
 * INCR and PUBLISH in one script: Redis runs scripts one at a time and delivers a channel's messages to
 * each subscriber in publish order, so every instance hears the counter's steps in order.
 */
const SEQUENCED = `
local seq = redis.call('INCR', KEYS[1])
redis.call('PUBLISH', ARGV[1], seq .. ' ' .. ARGV[2])
return seq`;

/** Instances joined by one Redis (REDIS_URL). */
export class RedisClusterBus extends ClusterBus {
  readonly instanceId = randomUUID();
  readonly clustered = true;
  private readonly logger = new Logger('Cluster');
  private readonly handlers = new Map<string, Array<(message: unknown) => void>>();
  private readonly sequencedHandlers = new Map<string, SequencedHandler[]>();

  private constructor(
    private readonly cmd: Client,
    private readonly sub: Client,
    /** The Socket.IO Redis adapter's own pair (a subscribed connection runs no other commands). */
    readonly adapterClients: { pub: Client; sub: Client },
  ) {
    super();
  }

  /** Connects both clients, or throws after `timeoutMs`: the server does not start against a Redis it cannot reach. */
  static async connect(url: string, timeoutMs = 5_000): Promise<RedisClusterBus> {
    const logger = new Logger('Cluster');
    const cmd = createClient({ url, disableOfflineQueue: true });
    const sub = cmd.duplicate();
    const adapter = { pub: cmd.duplicate(), sub: cmd.duplicate() };
    const all = [cmd, sub, adapter.pub, adapter.sub];
    let down = false; // one warning per outage, not one per client and reconnect attempt
    for (const client of all) {
      client.on('error', (e: Error) => {
        if (!down) logger.warn(`redis: ${e.message}; retrying`);
        down = true;
      });
      client.on('ready', () => (down = false));
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`REDIS_URL: no answer from Redis within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      await Promise.race([Promise.all(all.map((c) => c.connect())), timeout]);
    } catch (error) {
      for (const c of all) c.destroy();
      throw error;
    } finally {
      clearTimeout(timer);
    }
    return new RedisClusterBus(cmd, sub, adapter);
  }

  publish(channel: string, message: unknown): void {
    this.cmd.publish(CLUSTER_PREFIX + channel, JSON.stringify({ o: this.instanceId, m: message })).catch((e: Error) => {
      this.logger.warn(`${channel} not relayed: ${e.message}`);
    });
  }

  subscribe(channel: string, handler: (message: unknown) => void): void {
    const list = this.handlers.get(channel);
    if (list) {
      list.push(handler);
      return;
    }
    this.handlers.set(channel, [handler]);
    void this.sub.subscribe(CLUSTER_PREFIX + channel, (raw) => {
      const { o, m } = JSON.parse(raw) as { o: string; m: unknown };
      if (o === this.instanceId) return;
      for (const h of this.handlers.get(channel) ?? []) this.safely(channel, () => h(m));
    });
  }

  async sequenced(key: string, channel: string, message: unknown): Promise<number> {
    return Number(await this.cmd.eval(SEQUENCED, { keys: [CLUSTER_PREFIX + key], arguments: [CLUSTER_PREFIX + channel, JSON.stringify(message)] }));
  }

  subscribeSequenced(channel: string, handler: SequencedHandler): void {
    const list = this.sequencedHandlers.get(channel);
    if (list) {
      list.push(handler);
      return;
    }
    this.sequencedHandlers.set(channel, [handler]);
    void this.sub.subscribe(CLUSTER_PREFIX + channel, (raw) => {
      const space = raw.indexOf(' ');
      const seq = Number(raw.slice(0, space));
      const message = JSON.parse(raw.slice(space + 1)) as unknown;
      for (const h of this.sequencedHandlers.get(channel) ?? []) this.safely(channel, () => h(message, seq));
    });
  }

  async counter(key: string): Promise<number> {
    return Number((await this.cmd.get(CLUSTER_PREFIX + key)) ?? 0);
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    return (await this.cmd.set(CLUSTER_PREFIX + key, this.instanceId, { condition: 'NX', expiration: { type: 'PX', value: Math.max(1, ttlMs) } })) === 'OK';
  }

  async ping(): Promise<void> {
    await this.cmd.ping();
  }

  /** A subscriber's failure is logged, never thrown into the Redis client. */
  private safely(channel: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.logger.warn(`${channel} message not handled: ${(error as Error).message}`);
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.cmd, this.sub, this.adapterClients.pub, this.adapterClients.sub].map((c) => (c.isOpen ? c.close() : undefined)));
  }
}
