import { Global, Module } from '@nestjs/common';
import { DomainEvents } from './domain-events';

/** Infrastructure, like the EventEmitterModule it wraps: every feature publishes through DomainEvents. */
@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
