/**
 * npm run bench:queue — queue throughput and hall-screen latency, in one run on a fresh database:
 *   0. the server (its own process, 127.0.0.1) migrates and seeds; windows/clerks up to BENCH_WINDOWS are added
 *   1. raw SQLite baseline: same pragmas and schema, no server
 *   2. ticket issuing at 1 and 32 kiosks, then a check that every queue's numbers are exactly 1..k
 *   3. call-next with 8 windows until every queue is empty, then a check that each ticket was called once
 *   4. call → hall-screen latency with 200 screens subscribed
 *   5. with `-- --city`: phases 2–4 again on two instances on one PostgreSQL and one Redis (support/city-run.ts),
 *      printed beside the SQLite figures
 * Prints a table with targets and PASS/FAIL, per-phase server figures, and the results as one JSON line.
 * Knobs: see settings.ts and test/bench/README.md. Exit code 0: all targets and checks pass; 2: some
 * fail; 1: the bench itself failed. Always stops by itself (BENCH_TIMEOUT_MS) and cleans up.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import { basename, join } from 'path';
import { closing, runQueuePhases } from './phases/queue-phases';
import { readSettings } from './settings';
import { addWindowsAndClerks } from './support/extra-windows';
import { freePort, HttpClient } from './support/http-client';
import { cleanupAll, installGuards, isAborting, onCleanup, onExit } from './support/lifecycle';
import { cityJson, cityVerdicts, formatCityComparison, runCity } from './support/city-run';
import { BenchResults, formatReport, int, resultsJson, verdicts } from './support/report';
import { buildServer, freshDistEntry, ServerProcess } from './support/server';
import { measureSqliteBaseline } from './support/sqlite-baseline';

const log = (msg: string): void => {
  process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
};

let server: ServerProcess | undefined;

async function main(): Promise<number> {
  // --city runs the phases twice: twice the default time
  const settings = readSettings({ ...(process.argv.includes('--city') ? { BENCH_TIMEOUT_MS: '1200000' } : {}), ...process.env });
  installGuards(settings.timeoutMs);
  const loadBefore = os.loadavg();
  const dir = mkdtempSync(join(os.tmpdir(), 'onewindow-bench-'));
  onCleanup(() => {
    if (settings.keepTemp) log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  });
  if (!settings.keepTemp) onExit(() => rmSync(dir, { recursive: true, force: true }));
  if (settings.cpuProfDir) mkdirSync(settings.cpuProfDir, { recursive: true });
  log(`temp dir ${dir}`);

  // 0. the server: src/ compiled into the temp dir (default), the shared dist/ if fresh, or ts-node
  let entry = '';
  if (settings.server === 'build') {
    const built = buildServer(join(dir, 'app'), settings.patches);
    entry = built.entry;
    log(`compiled ${built.files} files of src/${settings.patches.length ? ` with ${settings.patches.map((p) => basename(p)).join(', ')} applied` : ''} in ${built.ms} ms`);
  } else if (settings.server === 'dist') {
    const fresh = freshDistEntry();
    if (!fresh) throw new Error('dist/src/main.js is missing or older than src/: run `npm run build` or use BENCH_SERVER=build');
    entry = fresh;
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const dbPath = join(dir, 'onewindow.sqlite');
  server = new ServerProcess({
    mode: settings.server, entry, workDir: dir, port, dbPath, extraEnv: settings.serverEnv,
    cpuProfDir: settings.cpuProfDir, sqlTrace: settings.sqlTrace, experiments: settings.experiments,
  });
  const firstStartMs = await server.start(); // migrates and seeds the demo centre
  await server.stop();
  const extra = await addWindowsAndClerks(dbPath, settings.hall, settings.windows);
  log(`server migrated and seeded in ${firstStartMs} ms; added window(s) [${extra.addedWindows.join(', ')}] and [${extra.addedClerks.join(', ')}]`);

  // 1. raw SQLite, while nothing else runs
  const baseline = await measureSqliteBaseline(dbPath, join(dir, 'baseline.sqlite'), settings.rawInserts, settings.rawIssueTx);
  log(`raw SQLite: ${int(baseline.preparedInsertsPerSec)} insert commits/s prepared, ${int(baseline.insertsPerSec)}/s with db.run; ${int(baseline.issueTxPerSec)} issue transactions/s`);

  const startMs = await server.start();
  log(`server pid ${server.pid} healthy on ${url} in ${startMs} ms`);
  const running = server;
  const kiosks = closing(new HttpClient(port, Math.max(settings.kiosks, 8)));
  const staff = closing(new HttpClient(port, settings.windows + 2));
  const caller = closing(new HttpClient(port, 2));
  const measured = await runQueuePhases(settings, { kiosks, staff, caller, screensUrl: url, snapshot: () => running.snapshot() }, log);

  const serverPid = server.pid;
  await server.stop(); // writes the CPU profile, if asked for
  const results: BenchResults = { settings, loadBefore, loadAfter: os.loadavg(), extra, baseline, ...measured, serverPid };
  process.stdout.write(`\n${formatReport(results)}\n`);
  if (!process.argv.includes('--city')) {
    const json = resultsJson(results);
    process.stdout.write(`\nJSON ${JSON.stringify(json)}\n`);
    if (settings.jsonOut) writeFileSync(settings.jsonOut, JSON.stringify(json, null, 2));
    return verdicts(results).all ? 0 : 2;
  }

  // the same phases on two instances on PostgreSQL + Redis (--city), printed beside the run above
  log('city: two instances on one PostgreSQL and one Redis');
  const city = await runCity(dir, settings, entry, log);
  process.stdout.write(`\n${formatCityComparison(results, city)}\n`);
  const json = { sqlite: resultsJson(results), city: cityJson(city) };
  process.stdout.write(`\nJSON ${JSON.stringify(json)}\n`);
  if (settings.jsonOut) writeFileSync(settings.jsonOut, JSON.stringify(json, null, 2));
  return verdicts(results).all && cityVerdicts(city).all ? 0 : 2;
}

main()
  .then(async (code) => {
    await cleanupAll();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    if (isAborting()) return; // the guard is already cleaning up and will exit
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    if (server) process.stderr.write(`server log (last lines):\n${server.logTail()}\n`);
    await cleanupAll();
    process.exit(1);
  });
