import { Injectable } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';
import { insideTransaction } from '../database/transaction-runner';
import type { DomainEventMap, DomainEventName } from './domain-event-map';

/**
 * Publishes domain events with their payload type checked against DomainEventMap. Only after commit:
 * a transaction's work function may run twice (group commit), so publishing from inside one is a bug
 * and fails at once.
 */
@Injectable()
export class DomainEvents {
  constructor(private readonly emitter: EventEmitter2) {}

  publish<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    if (insideTransaction()) {
      throw new Error(`domain event ${name} published inside a transaction: return it from the work function and publish after commit`);
    }
    this.emitter.emit(name, payload);
  }
}

/** `@OnEvent` whose handler must take the event's payload type. */
export function OnDomainEvent<K extends DomainEventName>(name: K) {
  return <H extends (payload: DomainEventMap[K]) => unknown>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    OnEvent(name)(target, key, descriptor);
  };
}
