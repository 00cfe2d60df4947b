import { EventEmitter2 } from '@nestjs/event-emitter';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '../database/transaction-runner';
import { QueueEvents } from '../queue/queue.events';
import { DomainEvents } from './domain-events';
import { LocalClusterBus } from '../cluster/local-cluster-bus';

describe('DomainEvents', () => {
  let dir: string;
  let db: DataSource;
  let tx: TransactionRunner;
  let emitter: EventEmitter2;
  let events: DomainEvents;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onewindow-events-'));
    db = await new DataSource({ type: 'sqlite', database: join(dir, 'events.sqlite'), entities: [] }).initialize();
    tx = new TransactionRunner(db);
  });

  beforeEach(() => {
    emitter = new EventEmitter2();
    events = new DomainEvents(emitter, new LocalClusterBus());
  });

  afterAll(async () => {
    await tx.onApplicationShutdown();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes the payload under the event name', () => {
    const heard: unknown[] = [];
    emitter.on(QueueEvents.CHANGED, (e) => heard.push(e));
    events.publish(QueueEvents.CHANGED, { hallCode: 'H1' });
    expect(heard).toEqual([{ hallCode: 'H1' }]);
  });

  it('refuses to publish from inside a work function, where it could happen twice or for a rolled-back change', async () => {
    const heard: unknown[] = [];
    emitter.on(QueueEvents.CHANGED, (e) => heard.push(e));
    await expect(tx.run(async () => events.publish(QueueEvents.CHANGED, { hallCode: 'H1' }))).rejects.toThrow(/inside a transaction/);
    expect(heard).toEqual([]);
  });

  it('publishes after the commit, from the caller', async () => {
    const heard: unknown[] = [];
    emitter.on(QueueEvents.CHANGED, (e) => heard.push(e));
    const event = await tx.run(async () => ({ hallCode: 'H1' }));
    events.publish(QueueEvents.CHANGED, event);
    expect(heard).toEqual([{ hallCode: 'H1' }]);
  });

  it('may publish from a read', async () => {
    await tx.read(async () => events.publish(QueueEvents.CHANGED, { hallCode: 'H1' }));
  });
});
