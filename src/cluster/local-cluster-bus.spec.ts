import { LocalClusterBus } from './local-cluster-bus';

describe('LocalClusterBus', () => {
  it('numbers each counter on its own and delivers every sequenced message at once, in order', async () => {
    const bus = new LocalClusterBus();
    const heard: Array<[unknown, number]> = [];
    bus.subscribeSequenced('hall-events', (m, seq) => heard.push([m, seq]));
    expect(await bus.sequenced('seq:TC', 'hall-events', 'a')).toBe(1);
    expect(await bus.sequenced('seq:TC', 'hall-events', 'b')).toBe(2);
    expect(await bus.sequenced('seq:WS', 'hall-events', 'c')).toBe(1);
    expect(heard).toEqual([['a', 1], ['b', 2], ['c', 1]]);
    expect([await bus.counter('seq:TC'), await bus.counter('seq:WS'), await bus.counter('seq:XX')]).toEqual([2, 1, 0]);
  });

  it('has no other instance: publish reaches nobody, every claim is its own', async () => {
    const bus = new LocalClusterBus();
    const heard: unknown[] = [];
    bus.subscribe('domain-events', (m) => heard.push(m));
    bus.publish('domain-events', { name: 'x' });
    expect(heard).toEqual([]);
    expect([await bus.claim('board:TC', 100), await bus.claim('board:TC', 100)]).toEqual([true, true]);
    expect(bus.clustered).toBe(false);
  });
});
