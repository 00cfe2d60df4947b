import { readdirSync } from 'fs';
import os from 'os';
import { join, relative } from 'path';
import type { QueuePhaseResults } from '../phases/queue-phases';
import { BenchSettings, TARGETS } from '../settings';
import { formatProfileSummary, summarizeProfile } from './profile-summary';
import type { ServerStats } from './server';
import type { BaselineResult } from './sqlite-baseline';

export const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
export const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : String(n));

/** What the server (and the load generator) did during one measured phase. */
export interface PhaseStats {
  name: string;
  requests: number;
  /** Monotonic ms (nowMs), to cut the CPU profile. */
  fromMs: number;
  toMs: number;
  /** CPU of the load generator (the bench process) in the phase. */
  driverCpuMs: number;
  stats: ServerStats;
}

export interface BenchResults extends QueuePhaseResults {
  settings: BenchSettings;
  loadBefore: number[];
  loadAfter: number[];
  extra: { addedWindows: number[]; addedClerks: string[] };
  baseline: BaselineResult;
  serverPid?: number;
}

interface Row {
  figure: string;
  value: string;
  target?: string;
  pass?: boolean;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const ms2 = (s: { p50: number; p99: number }) => `${fmt(s.p50, 2)} / ${fmt(s.p99, 2)}`;

/** The verdicts: targets of the issue and the correctness checks. */
export function verdicts(r: BenchResults) {
  const issuing = r.many.perSec >= TARGETS.issuePerSec && r.many.errors === 0;
  const callNext = r.calling.callsPerSec >= TARGETS.callsPerSec && r.calling.failedCalls === 0;
  const screens = r.screens.endToEnd.p99 <= TARGETS.screenP99Ms && r.screens.missing === 0 && r.screens.subscribed === r.settings.screens;
  const all = issuing && callNext && screens && r.numbering.ok && r.calling.verification.ok;
  return { issuing, callNext, screens, numbering: r.numbering.ok, calledOnce: r.calling.verification.ok, all };
}

export function formatReport(r: BenchResults): string {
  const { settings: s, many, single, baseline, calling, screens, numbering } = r;
  const ratio = many.perSec / baseline.preparedInsertsPerSec;
  const ratioRun = many.perSec / baseline.insertsPerSec;
  const rows: Row[] = [
    { figure: 'issue, 1 kiosk: tickets/s', value: int(single.perSec) },
    { figure: 'issue, 1 kiosk: p50 / p99 ms', value: ms2(single.latency) },
    { figure: 'issue, 1 kiosk: errors', value: String(single.errors), target: '0', pass: single.errors === 0 },
    { figure: `issue, ${s.kiosks} kiosks: tickets/s`, value: int(many.perSec), target: `>= ${int(TARGETS.issuePerSec)}`, pass: many.perSec >= TARGETS.issuePerSec },
    { figure: `issue, ${s.kiosks} kiosks: p50 / p99 ms`, value: ms2(many.latency) },
    { figure: `issue, ${s.kiosks} kiosks: errors`, value: String(many.errors), target: '0', pass: many.errors === 0 },
    { figure: 'numbering: each queue 1..k, no gap/dup', value: `${numbering.tickets} tickets`, target: 'exact', pass: numbering.ok },
    { figure: 'raw SQLite 1-row insert commits/s', value: `${int(baseline.preparedInsertsPerSec)} (prepared statement)` },
    { figure: `issuing at ${s.kiosks} kiosks / raw inserts`, value: `${fmt(ratio, 3)} (${fmt(ratio * 100, 1)} %)` },
    { figure: 'raw SQLite, db.run per insert', value: `${int(baseline.insertsPerSec)}/s (ratio ${fmt(ratioRun, 3)})` },
    { figure: 'raw SQLite issue transactions/s', value: `${int(baseline.issueTxPerSec)} (its 6 statements, db.run)` },
    { figure: `call-next, ${calling.windows} windows: calls/s`, value: int(calling.callsPerSec), target: `>= ${TARGETS.callsPerSec}`, pass: calling.callsPerSec >= TARGETS.callsPerSec },
    { figure: 'call-next: failed calls', value: String(calling.failedCalls), target: '0', pass: calling.failedCalls === 0 },
    { figure: 'call-next: p50 / p99 ms', value: ms2(calling.callLatency) },
    { figure: 'call-next loop (call + no-show) req/s', value: `${int(calling.requestsPerSec)} (no-show p50/p99 ${ms2(calling.clearLatency)} ms)` },
    { figure: 'call-next: every ticket called once', value: `${calling.verification.distinctTickets}/${calling.waitingBefore}`, target: 'exact', pass: calling.verification.ok },
    { figure: `call -> screen p50 ms, ${s.screens} screens`, value: fmt(screens.endToEnd.p50, 2) },
    { figure: `call -> screen p99 ms, ${s.screens} screens`, value: fmt(screens.endToEnd.p99, 2), target: `<= ${TARGETS.screenP99Ms}`, pass: screens.endToEnd.p99 <= TARGETS.screenP99Ms },
    { figure: 'screens: deliveries (calls x screens)', value: `${screens.deliveries}/${screens.expectedDeliveries}`, target: 'all', pass: screens.missing === 0 && screens.subscribed === s.screens },
    { figure: 'screens: call-next HTTP p50 / p99 ms', value: ms2(screens.httpCall) },
    { figure: 'screens: fan-out spread p50 / p99 ms', value: ms2(screens.spread) },
    { figure: 'screens: seq gaps seen', value: String(screens.seqGaps) },
  ];
  const cpus = os.cpus();
  const busy = r.loadBefore[0] > cpus.length * 0.4;
  const out: string[] = [];
  out.push('== OneWindow queue bench ==');
  out.push(`machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.platform()} ${os.release()}`);
  out.push(`load average 1/5/15 min: before ${r.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${r.loadAfter.map((l) => l.toFixed(2)).join(' ')}` +
    (busy ? '  << the machine was busy before the run: figures are low, rerun when it is quiet' : ''));
  out.push(`server: ${s.server === 'build' ? 'src/ compiled into the temp dir (tsconfig.build.json options)' : s.server}, own process on 127.0.0.1, fresh SQLite (WAL); ` +
    `settings as deployed except LOG_LEVEL=warn BCRYPT_ROUNDS=4 LIMIT_TICKETS_PER_ADDRESS=100000000${Object.keys(s.serverEnv).length ? ` ${Object.entries(s.serverEnv).map(([k, v]) => `${k}=${v}`).join(' ')}` : ''}`);
  if (s.patches.length) out.push(`PROPOSAL: measured with ${s.patches.map((p) => relative(process.cwd(), p)).join(', ')} applied to a copy of src/: not the figures of src/ as it is`);
  if (s.experiments.length) out.push(`EXPERIMENT: the server ran with simulated fixes [${s.experiments.join(', ')}] (support/server-preload.js): not the figures of src/ as it is`);
  out.push(`set-up: window(s) ${r.extra.addedWindows.join(', ') || '-'} and ${r.extra.addedClerks.join(', ') || 'no clerk'} inserted into the seeded database while the server was stopped (the API cannot create them yet)`);
  out.push(`load: ${s.warmupTickets} warm-up tickets (not reported); ${s.seqTickets} tickets at 1 kiosk; ${s.concTickets} at ${s.kiosks} kiosks (closed loop, queues ${s.queues.join('/')} in turn); ` +
    `${calling.windows} windows each call-next then no-show (the one request that frees a window) until every queue is empty; ` +
    `${screens.calls} calls ${s.callGapMs} ms apart from window 1 with ${s.screens} screens (own websocket each, ${s.screenWorkers} processes) subscribed`);
  out.push('calls/s = successful call-next responses per second of wall time; call -> screen = from just before call-next is sent until a screen handles ticket.called (includes the HTTP call)');
  out.push('');
  out.push(table(['figure', 'value', 'target', 'result'], rows.map((x) => [x.figure, x.value, x.target ?? '', x.pass === undefined ? '' : x.pass ? 'PASS' : 'FAIL'])));
  out.push('');
  out.push('server process per phase (main thread busy = event-loop utilisation; CPU = user+system of all its threads; load generator = this process):');
  out.push(serverTable(r.phases));
  if (s.sqlTrace) out.push('', sqlTable(r.phases));
  if (s.cpuProfDir) out.push('', profileReport(s.cpuProfDir, r.serverPid, r.phases));
  const problems = [
    ...r.single.errorSamples.map((e) => `issue error (1 kiosk): ${e}`),
    ...many.errorSamples.map((e) => `issue error: ${e}`),
    ...numbering.problems,
    ...calling.errorSamples,
    ...calling.verification.problems,
    ...screens.errorSamples,
  ];
  if (problems.length) out.push('', `problems:\n  ${problems.slice(0, 20).join('\n  ')}`);
  out.push('', `overall: ${verdicts(r).all ? 'PASS' : 'FAIL'}`);
  return out.join('\n');
}

function serverTable(phases: PhaseStats[]): string {
  const head = ['phase', 'requests', 'wall s', 'main thread busy', 'CPU ms/req', 'SQL stmts/req', 'SQL ms/req', 'load generator CPU ms/req'];
  const rows = phases.map(({ name, requests, stats, driverCpuMs }) => {
    const statements = stats.sql.reduce((a, q) => a + q.n, 0);
    const sqlMs = stats.sql.reduce((a, q) => a + q.ms, 0);
    return [
      name, String(requests), fmt(stats.wallMs / 1000, 1), `${fmt(stats.eventLoopUtilization * 100, 0)} %`,
      fmt((stats.cpuUserMs + stats.cpuSystemMs) / requests, 2),
      statements ? fmt(statements / requests, 1) : '-', statements ? fmt(sqlMs / requests, 2) : '-',
      fmt(driverCpuMs / requests, 2),
    ];
  });
  return table(head, rows);
}

/** Per phase, the statements that took the most time (call to callback: waiting for the one connection included). */
function sqlTable(phases: PhaseStats[]): string {
  return phases
    .map(({ name, requests, stats }) => {
      const lines = stats.sql.slice(0, 12).map((q) => `  ${fmt(q.n / requests, 2).padStart(6)}/req  ${fmt(q.ms / q.n, 3).padStart(7)} ms avg  ${q.statement.slice(0, 150)}`);
      return `SQL in "${name}" (per request; avg time from call to callback):\n${lines.join('\n')}`;
    })
    .join('\n\n');
}

/** The measured server's profile (node --cpu-prof names it after the pid), cut into the phases. */
function profileReport(dir: string, pid: number | undefined, phases: PhaseStats[]): string {
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile') && f.includes(`.${pid}.`));
  if (!file) return `no CPU profile of pid ${pid} in ${dir}`;
  const path = join(dir, file);
  return [`CPU profile: ${path}`, ...phases.map((p) => formatProfileSummary(p.name, summarizeProfile(path, p.fromMs, p.toMs), p.requests))].join('\n\n');
}

/** The whole run as one JSON document (stdout and BENCH_JSON). */
export function resultsJson(r: BenchResults) {
  const cpus = os.cpus();
  return {
    machine: { cores: cpus.length, model: cpus[0]?.model.trim(), node: process.version, loadBefore: r.loadBefore, loadAfter: r.loadAfter },
    settings: r.settings,
    targets: TARGETS,
    baseline: r.baseline,
    issuing: {
      warmup: r.warm, oneKiosk: r.single, concurrent: r.many, numbering: r.numbering,
      ratioToRawInsert: r.many.perSec / r.baseline.preparedInsertsPerSec, ratioToRawDbRunInsert: r.many.perSec / r.baseline.insertsPerSec,
    },
    callNext: r.calling,
    screens: r.screens,
    server: r.phases,
    pass: verdicts(r),
  };
}
