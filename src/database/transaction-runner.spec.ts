import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { DataSource, EntityManager } from 'typeorm';
import { applySqlitePragmas } from './sqlite-pragmas';
import { insideTransaction, TransactionRunner } from './transaction-runner';

describe('TransactionRunner (temp-file SQLite)', () => {
  let dir: string;
  let db: DataSource;
  let tx: TransactionRunner;

  const insert = (m: EntityManager, v: string) => m.query('INSERT INTO t (v) VALUES (?)', [v]);
  const values = async (m: EntityManager) => ((await m.query('SELECT v FROM t ORDER BY id')) as Array<{ v: string }>).map((r) => r.v);
  const gate = () => {
    let open!: () => void;
    const opened = new Promise<void>((r) => (open = r));
    return { open, opened };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onewindow-tx-'));
    db = await new DataSource({ type: 'sqlite', database: join(dir, 'tx.sqlite'), entities: [] }).initialize();
    await applySqlitePragmas(db);
    await db.query('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)');
    tx = new TransactionRunner(db);
  });

  afterEach(async () => {
    await tx.onApplicationShutdown();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('a nested run joins the running transaction', () => {
    it('runs at once on the same manager, sees the outer writes and commits with them', async () => {
      const seen = await tx.run(async (m) => {
        await insert(m, 'outer');
        return tx.run(async (inner) => {
          expect(inner).toBe(m);
          await insert(inner, 'inner');
          return values(inner);
        });
      });
      expect(seen).toEqual(['outer', 'inner']);
      expect(await values(db.manager)).toEqual(['outer', 'inner']);
    });

    it('rolls back with the outer transaction', async () => {
      await expect(
        tx.run(async () => {
          await tx.run((inner) => insert(inner, 'inner'));
          throw new Error('outer fails');
        }),
      ).rejects.toThrow('outer fails');
      expect(await values(db.manager)).toEqual([]);
    });

    it('joins from a work function that is part of a group commit', async () => {
      const hold = gate();
      const first = tx.run(async (m) => {
        await hold.opened;
        await insert(m, 'a');
      });
      const grouped = [
        tx.run(async () => tx.run((inner) => insert(inner, 'b'))),
        tx.run(async (m) => {
          await insert(m, 'c');
          await tx.run((inner) => insert(inner, 'd'));
        }),
      ];
      hold.open();
      await Promise.all([first, ...grouped]);
      expect((await values(db.manager)).sort()).toEqual(['a', 'b', 'c', 'd']);
    });

    it('a run after the work function settled (a promise it left behind) is a transaction of its own', async () => {
      let later!: () => Promise<unknown>;
      await tx.run(async (m) => {
        later = () => tx.run((own) => insert(own, 'later'));
        await insert(m, 'first');
      });
      await later();
      expect(await values(db.manager)).toEqual(['first', 'later']);
    });

    it('a run inside a read fails at once with a clear error', async () => {
      await expect(tx.read(() => tx.run((m) => insert(m, 'x')))).rejects.toThrow(/inside TransactionRunner.read/);
    });
  });

  describe('group commit and side effects', () => {
    it('a failing command rolls its group back; every other command commits once and its effects are published once', async () => {
      await tx.run((m) => insert(m, 'taken'));
      const calls = new Map<string, number>();
      const published: string[] = [];
      // the pattern every caller follows: the work function returns what to publish, the caller publishes after commit
      const command = async (v: string) => {
        const event = await tx.run(async (m) => {
          calls.set(v, (calls.get(v) ?? 0) + 1);
          expect(insideTransaction()).toBe(true);
          await insert(m, v);
          return `inserted ${v}`;
        });
        expect(insideTransaction()).toBe(false);
        published.push(event);
      };
      const hold = gate();
      const first = tx.run(async (m) => {
        await hold.opened;
        await insert(m, 'first');
      });
      const commands = ['one', 'two', 'taken', 'three'].map((v) => command(v).catch((e: Error) => `failed: ${e.message}`));
      hold.open();
      const outcomes = await Promise.all([first, ...commands]);

      expect(String(outcomes[3])).toMatch(/failed: .*UNIQUE/);
      expect(published.sort()).toEqual(['inserted one', 'inserted three', 'inserted two']);
      expect((await values(db.manager)).sort()).toEqual(['first', 'one', 'taken', 'three', 'two']);
      // the group ran up to the failure, rolled back, and each command ran again alone: the work functions
      // before the failure ran twice, which is why they have no side effects of their own
      expect(Object.fromEntries(calls)).toEqual({ one: 2, two: 2, taken: 2, three: 1 });
    });
  });

  describe('read sees committed data only', () => {
    it('does not see the rows of a write transaction still open on the writing connection', async () => {
      await tx.run((m) => insert(m, 'committed'));
      const hold = gate();
      const written = gate();
      const write = tx.run(async (m) => {
        await insert(m, 'uncommitted');
        written.open();
        await hold.opened;
      });
      await written.opened;

      expect(await tx.read(values)).toEqual(['committed']);
      // the contract the read path exists for: the shared writing connection would show the open transaction's row
      expect(await values(db.manager)).toEqual(['committed', 'uncommitted']);

      hold.open();
      await write;
      expect(await tx.read(values)).toEqual(['committed', 'uncommitted']);
    });

    it('inside a work function reads that transaction\'s own writes', async () => {
      const seen = await tx.run(async (m) => {
        await insert(m, 'mine');
        return tx.read(values);
      });
      expect(seen).toEqual(['mine']);
    });

    it('cannot write', async () => {
      await expect(tx.read((m) => insert(m, 'x'))).rejects.toThrow(/readonly|query_only|attempt to write/i);
    });

    it('is not a write scope', async () => {
      expect(await tx.read(async () => insideTransaction())).toBe(false);
    });
  });
});
