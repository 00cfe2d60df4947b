import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { ClusterBus } from '../cluster/cluster-bus';
import { insideTransaction } from '../database/transaction-runner';
import type { DomainEventMap, DomainEventName } from './domain-event-map';

const EVENTS_CHANNEL = 'domain-events';
/** The name under which every instance hears an event (see OnClusterEvent). */
const everywhere = (name: string) => `cluster:${name}`;

/**
 * Publishes domain events with their payload type checked against DomainEventMap. Only after commit:
 * a transaction's work function may run twice (group commit), so publishing from inside one is a bug
 * and fails at once.
 *
 * Two kinds of listener: `@OnDomainEvent` runs on the instance where the change was made (it sends the
 * socket message, once, through the Socket.IO adapter that reaches every instance's sockets);
 * `@OnClusterEvent` runs on every instance (it drops a cache, closes its own sockets of a revoked token).
 * The event reaches the other instances through the ClusterBus; here it is heard at once.
 */
@Injectable()
export class DomainEvents {
  constructor(
    private readonly emitter: EventEmitter2,
    private readonly bus: ClusterBus,
  ) {
    bus.subscribe(EVENTS_CHANNEL, (message) => {
      const { name, payload } = message as { name: string; payload: unknown };
      this.emitter.emit(everywhere(name), payload);
    });
  }

  publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    if (insideTransaction()) {
      throw new Error(`domain event ${name} published inside a transaction: return it from the work function and publish after commit`);
    }
    this.emitter.emit(name, payload);
    this.emitter.emit(everywhere(name), payload);
    this.bus.publish(EVENTS_CHANNEL, { name, payload });
  }
}

/** `@OnEvent` whose handler must take the event's payload type: runs on the instance that made the change. */
export function OnDomainEvent<K extends DomainEventName>(name: K) {
  return <H extends (payload: DomainEventMap[K]) => unknown>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    OnEvent(name)(target, key, descriptor);
  };
}

/** Like OnDomainEvent, but runs on every instance: for what each process keeps for itself (caches, its own sockets). */
export function OnClusterEvent<K extends DomainEventName>(name: K) {
  return <H extends (payload: DomainEventMap[K]) => unknown>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    OnEvent(everywhere(name))(target, key, descriptor);
  };
}
