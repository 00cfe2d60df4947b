import { resolve } from 'path';
import type { ServerMode } from './support/server';

/** Every knob of `npm run bench:queue`, from the environment; defaults are the issue's scenario. */
export interface BenchSettings {
  hall: string;
  queues: string[];
  warmupTickets: number;
  seqTickets: number;
  kiosks: number;
  concTickets: number;
  windows: number;
  screens: number;
  screenWorkers: number;
  screenCalls: number;
  callGapMs: number;
  rawInserts: number;
  rawIssueTx: number;
  server: ServerMode;
  serverEnv: Record<string, string>;
  cpuProfDir?: string;
  sqlTrace: boolean;
  experiments: string[];
  patches: string[];
  timeoutMs: number;
  keepTemp: boolean;
  jsonOut?: string;
}

export const TARGETS = { issuePerSec: 1000, callsPerSec: 500, screenP99Ms: 20 } as const;
/** `--city`: two instances, PostgreSQL, Redis and the load on the same 2 cores. */
export const CITY_TARGETS = { issuePerSec: 1000, callsPerSec: 300, screenP99Ms: 30 } as const;

const list = (v: string | undefined) => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

export function readSettings(env: NodeJS.ProcessEnv): BenchSettings {
  const num = (key: string, fallback: number, min = 0) => {
    const v = env[key];
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new Error(`${key}=${v}: expected an integer >= ${min}`);
    return n;
  };
  const server = (env.BENCH_SERVER ?? 'build') as ServerMode;
  if (!['build', 'dist', 'ts-node'].includes(server)) throw new Error(`BENCH_SERVER=${server}: expected build, dist or ts-node`);
  const patches = list(env.BENCH_PATCHES).map((p) => resolve(p));
  if (patches.length && server !== 'build') throw new Error('BENCH_PATCHES needs BENCH_SERVER=build');
  return {
    hall: 'TC',
    queues: ['A', 'B', 'C', 'D'],
    warmupTickets: num('BENCH_WARMUP_TICKETS', 300),
    seqTickets: num('BENCH_SEQ_TICKETS', 1000, 1),
    kiosks: num('BENCH_KIOSKS', 32, 1),
    concTickets: num('BENCH_CONC_TICKETS', 6000, 1),
    windows: num('BENCH_WINDOWS', 8, 1),
    screens: num('BENCH_SCREENS', 200, 1),
    screenWorkers: num('BENCH_SCREEN_WORKERS', 2, 1),
    screenCalls: num('BENCH_SCREEN_CALLS', 300, 1),
    callGapMs: num('BENCH_CALL_GAP_MS', 5),
    rawInserts: num('BENCH_RAW_INSERTS', 20000, 1),
    rawIssueTx: num('BENCH_RAW_TX', 5000, 1),
    server,
    /** Extra server settings, e.g. BENCH_SERVER_ENV="BOARD_COALESCE_MS=0,UV_THREADPOOL_SIZE=1". */
    serverEnv: Object.fromEntries(list(env.BENCH_SERVER_ENV).map((kv) => {
      const at = kv.indexOf('=');
      if (at < 1) throw new Error(`BENCH_SERVER_ENV entry ${kv}: expected KEY=VALUE`);
      return [kv.slice(0, at), kv.slice(at + 1)];
    })),
    cpuProfDir: env.BENCH_CPU_PROF ? resolve(env.BENCH_CPU_PROF) : undefined,
    sqlTrace: env.BENCH_SQL_TRACE === '1',
    experiments: list(env.BENCH_EXPERIMENTS),
    patches,
    timeoutMs: num('BENCH_TIMEOUT_MS', 10 * 60_000, 10_000),
    keepTemp: env.BENCH_KEEP === '1',
    jsonOut: env.BENCH_JSON ? resolve(env.BENCH_JSON) : undefined,
  };
}
