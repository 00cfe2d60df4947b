import { randomUUID } from 'crypto';
import { ClusterBus, SequencedHandler } from './cluster-bus';

/** One instance: no other instances to tell, counters in memory, sequenced messages delivered at once. */
export class LocalClusterBus extends ClusterBus {
  readonly instanceId = randomUUID();
  readonly clustered = false;
  private readonly counters = new Map<string, number>();
  private readonly sequencedHandlers = new Map<string, SequencedHandler[]>();

  publish(_channel: string, _message: unknown): void {
    // nobody else to hear it
  }

  subscribe(_channel: string, _handler: (message: unknown) => void): void {
    // nobody else sends
  }

  sequenced(key: string, channel: string, message: unknown): Promise<number> {
    const seq = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, seq);
    for (const handler of this.sequencedHandlers.get(channel) ?? []) handler(message, seq);
    return Promise.resolve(seq);
  }

  subscribeSequenced(channel: string, handler: SequencedHandler): void {
    this.sequencedHandlers.set(channel, [...(this.sequencedHandlers.get(channel) ?? []), handler]);
  }

  counter(key: string): Promise<number> {
    return Promise.resolve(this.counters.get(key) ?? 0);
  }

  claim(_key: string, _ttlMs: number): Promise<boolean> {
    return Promise.resolve(true);
  }

  ping(): Promise<void> {
    return Promise.resolve();
  }
}
