import { loadConfig } from '../config/app-config';
import type { BoardService } from '../queue/board.service';
import type { BoardSnapshot } from '../queue/domain/board';
import { LocalClusterBus } from '../cluster/local-cluster-bus';
import { HallSequence } from '../queue/hall-sequence';
import { HallSnapshots } from './hall-snapshots';

describe('HallSnapshots', () => {
  let reads: number;
  let failNext: boolean;
  let sequence: HallSequence;
  let snapshots: HallSnapshots;
  let now: number;
  const board = {
    snapshot: async (hall: string): Promise<BoardSnapshot> => {
      reads++;
      const seq = await sequence.current(hall);
      if (failNext) {
        failNext = false;
        throw new Error('read failed');
      }
      return { seq, hall, read: reads } as unknown as BoardSnapshot;
    },
  } as unknown as BoardService;

  beforeEach(() => {
    reads = 0;
    failNext = false;
    now = 1000;
    jest.spyOn(performance, 'now').mockImplementation(() => now);
    sequence = new HallSequence(new LocalClusterBus());
    snapshots = new HallSnapshots(board, sequence, loadConfig({ SNAPSHOT_CACHE_MS: '1000' }));
  });
  afterEach(() => jest.restoreAllMocks());

  it('shares one read among concurrent and later subscribes within the period', async () => {
    const all = await Promise.all([snapshots.get('TC'), snapshots.get('TC'), snapshots.get('TC')]);
    now += 999;
    all.push(await snapshots.get('TC'));
    expect(reads).toBe(1);
    expect(new Set(all).size).toBe(1);
  });

  it('reads again when the period is over', async () => {
    await snapshots.get('TC');
    now += 1000;
    await snapshots.get('TC');
    expect(reads).toBe(2);
  });

  it('reads again once the hall seq moved: a cached snapshot is never older than an event sent', async () => {
    const first = await snapshots.get('TC');
    await sequence.send('TC', 'board.updated', {});
    const second = await snapshots.get('TC');
    expect(reads).toBe(2);
    expect(second.seq).toBe(first.seq + 1);
  });

  it('a hall event drops the entry at once (before its seq moves); halls are separate', async () => {
    await snapshots.get('TC');
    await snapshots.get('WS');
    snapshots.onQueueChanged({ hallCode: 'TC' });
    await snapshots.get('TC');
    await snapshots.get('WS');
    expect(reads).toBe(3);
    for (const drop of [snapshots.onTicketCalled, snapshots.onWindowChanged, snapshots.onHallChanged]) {
      drop.call(snapshots, { hallCode: 'TC' });
      await snapshots.get('TC');
    }
    expect(reads).toBe(6);
  });

  it('does not keep a failed read', async () => {
    failNext = true;
    await expect(snapshots.get('TC')).rejects.toThrow('read failed');
    await expect(snapshots.get('TC')).resolves.toMatchObject({ hall: 'TC' });
    expect(reads).toBe(2);
  });

  it('SNAPSHOT_CACHE_MS=0 reads every time', async () => {
    const uncached = new HallSnapshots(board, sequence, loadConfig({ SNAPSHOT_CACHE_MS: '0' }));
    await uncached.get('TC');
    await uncached.get('TC');
    expect(reads).toBe(2);
  });
});
