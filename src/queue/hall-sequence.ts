import { Injectable } from '@nestjs/common';
import { ClusterBus } from '../cluster/cluster-bus';

const CHANNEL = 'hall-events';
const counterKey = (hallCode: string) => `hall-seq:${hallCode}`;

/** A message for a hall room, numbered on its way out. */
export interface HallMessage {
  hall: string;
  event: string;
  body: Record<string, unknown>;
}

/**
 * The per-hall event counter of API.md: every event sent to a hall room takes the next number, so a
 * screen that sees a gap knows to re-subscribe; snapshots carry the current value. One counter per hall
 * across all instances: `send` numbers the message and hands it to every instance in number order (the
 * ClusterBus's sequenced channel), and each instance's `onMessage` delivers it to its own sockets.
 */
@Injectable()
export class HallSequence {
  constructor(private readonly bus: ClusterBus) {}

  current(hallCode: string): Promise<number> {
    return this.bus.counter(counterKey(hallCode));
  }

  async send(hallCode: string, event: string, body: Record<string, unknown>): Promise<number> {
    const message: HallMessage = { hall: hallCode, event, body };
    return this.bus.sequenced(counterKey(hallCode), CHANNEL, message);
  }

  /** Every numbered hall message, from whichever instance, in number order per hall. */
  onMessage(handler: (message: HallMessage, seq: number) => void): void {
    this.bus.subscribeSequenced(CHANNEL, (message, seq) => handler(message as HallMessage, seq));
  }
}
