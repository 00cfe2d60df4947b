/**
 * npm run bench:queue — queue throughput and hall-screen latency, in one run on a fresh database:
 *   0. the server (its own process, 127.0.0.1) migrates and seeds; windows/clerks up to BENCH_WINDOWS are added
 *   1. raw SQLite baseline: same pragmas and schema, no server
 *   2. ticket issuing at 1 and 32 kiosks, then a check that every queue's numbers are exactly 1..k
 *   3. call-next with 8 windows until every queue is empty, then a check that each ticket was called once
 *   4. call → hall-screen latency with 200 screens subscribed
 * Prints a table with targets and PASS/FAIL, per-phase server figures, and the results as one JSON line.
 * Knobs: see settings.ts and test/bench/README.md. Exit code 0: all targets and checks pass; 2: some
 * fail; 1: the bench itself failed. Always stops by itself (BENCH_TIMEOUT_MS) and cleans up.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import { basename, join } from 'path';
import { drainQueues, openWindows, waitingCount } from './phases/call-next';
import { checkNumbering, IssuedTicket, issueTickets } from './phases/issuing';
import { measureScreenLatency } from './phases/screen-latency';
import { readSettings } from './settings';
import { addWindowsAndClerks } from './support/extra-windows';
import { freePort, HttpClient } from './support/http-client';
import { cleanupAll, installGuards, isAborting, onCleanup, onExit, sleep } from './support/lifecycle';
import { BenchResults, fmt, formatReport, int, PhaseStats, resultsJson, verdicts } from './support/report';
import { buildServer, freshDistEntry, ServerProcess } from './support/server';
import { measureSqliteBaseline } from './support/sqlite-baseline';
import { nowMs } from './support/stats';

const log = (msg: string): void => {
  process.stdout.write(`[${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
};

let server: ServerProcess | undefined;

async function main(): Promise<number> {
  const settings = readSettings(process.env);
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
  const phases: PhaseStats[] = [];
  let phaseStart = 0;
  let driverCpu = process.cpuUsage();
  const beginPhase = async () => {
    await running.snapshot(); // the server's counters start over here
    phaseStart = nowMs();
    driverCpu = process.cpuUsage();
  };
  const endPhase = async (name: string, requests: number) => {
    const cpu = process.cpuUsage(driverCpu);
    const toMs = nowMs();
    phases.push({ name, requests, fromMs: phaseStart, toMs, driverCpuMs: (cpu.user + cpu.system) / 1000, stats: await running.snapshot() });
  };

  // 2. issuing
  const issued: IssuedTicket[] = [];
  const kiosks = new HttpClient(port, Math.max(settings.kiosks, 8));
  onCleanup(() => kiosks.close());
  const issue = (count: number, total: number, into: IssuedTicket[]) => issueTickets(kiosks, settings.hall, { kiosks: count, total, queues: settings.queues, issued: into });
  const warm = await issue(8, settings.warmupTickets, issued);
  log(`warm-up: ${warm.issued} tickets at 8 kiosks`);
  await beginPhase();
  const single = await issue(1, settings.seqTickets, issued);
  await endPhase('issue, 1 kiosk', single.requests);
  log(`issuing, 1 kiosk: ${int(single.perSec)} tickets/s, p50 ${fmt(single.latency.p50, 2)} ms, p99 ${fmt(single.latency.p99, 2)} ms, ${single.errors} errors`);
  await beginPhase();
  const many = await issue(settings.kiosks, settings.concTickets, issued);
  await endPhase(`issue, ${settings.kiosks} kiosks`, many.requests);
  log(`issuing, ${settings.kiosks} kiosks: ${int(many.perSec)} tickets/s, p50 ${fmt(many.latency.p50, 2)} ms, p99 ${fmt(many.latency.p99, 2)} ms, ${many.errors} errors`);
  const numbering = checkNumbering(issued);
  log(`numbering: ${numbering.ok ? 'every queue 1..k, no gap, no duplicate' : numbering.problems.join('; ')} ${JSON.stringify(numbering.perQueue)}`);

  // 3. call-next with every window until nothing waits
  const staff = new HttpClient(port, settings.windows + 2);
  onCleanup(() => staff.close());
  const operators = await openWindows(staff, settings.hall, settings.windows);
  await beginPhase();
  const calling = await drainQueues(staff, settings.hall, operators, issued.length * 2 + 100);
  await endPhase(`call-next + no-show, ${calling.windows} windows`, calling.requests);
  log(`call-next, ${calling.windows} windows: ${int(calling.callsPerSec)} calls/s (${calling.calls} calls, ${calling.failedCalls} failed, ${calling.failedClears} failed no-shows), ${int(calling.requestsPerSec)} req/s`);
  log(`call-next check: ${calling.verification.ok ? `${calling.verification.distinctTickets} tickets each called once, none left` : calling.verification.problems.join('; ')}`);

  // 4. call → screen, on fresh tickets
  await issue(4, settings.screenCalls, []);
  await sleep(300); // the coalesced board.updated for those goes out before the screens subscribe
  const waiting = Object.values(await waitingCount(staff, settings.hall)).reduce((a, b) => a + b, 0);
  const windowScreen = new HttpClient(port, 2);
  onCleanup(() => windowScreen.close());
  const screens = await measureScreenLatency(windowScreen, {
    url, hall: settings.hall, operator: operators[0], screens: settings.screens, workers: settings.screenWorkers,
    calls: Math.min(settings.screenCalls, waiting), gapMs: settings.callGapMs, onReady: beginPhase,
  });
  await endPhase(`calls to ${settings.screens} screens`, screens.calls * 2);
  log(`screens: ${screens.subscribed}/${screens.screens} subscribed; ${screens.deliveries}/${screens.expectedDeliveries} deliveries; call → screen p50 ${fmt(screens.endToEnd.p50, 2)} ms, p99 ${fmt(screens.endToEnd.p99, 2)} ms`);

  const serverPid = server.pid;
  await server.stop(); // writes the CPU profile, if asked for
  const results: BenchResults = {
    settings, loadBefore, loadAfter: os.loadavg(), extra, baseline, warm, single, many, numbering, calling, screens, phases, serverPid,
  };
  process.stdout.write(`\n${formatReport(results)}\n`);
  const json = resultsJson(results);
  process.stdout.write(`\nJSON ${JSON.stringify(json)}\n`);
  if (settings.jsonOut) writeFileSync(settings.jsonOut, JSON.stringify(json, null, 2));
  return verdicts(results).all ? 0 : 2;
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
