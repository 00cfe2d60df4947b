import os from 'os';
import { closing, type QueuePhaseResults, runQueuePhases } from '../phases/queue-phases';
import { type BenchSettings, CITY_TARGETS, TARGETS } from '../settings';
import { SplitHttpClient, startCity } from './city';
import { HttpClient } from './http-client';
import { type BenchResults, fmt, int, verdicts } from './report';

export interface CityResults extends QueuePhaseResults {
  loadBefore: number[];
  loadAfter: number[];
}

/**
 * Phases 2–4 on two instances: kiosks alternate between them, windows 1–4 work through the first and 5–8
 * through the second, and every hall screen listens on the second while window 1 calls through the first,
 * so the call → screen figure is across instances.
 */
export async function runCity(dir: string, settings: BenchSettings, entry: string, log: (msg: string) => void): Promise<CityResults> {
  const loadBefore = os.loadavg();
  const city = await startCity(
    dir,
    { mode: settings.server, entry, extraEnv: settings.serverEnv, sqlTrace: settings.sqlTrace, experiments: settings.experiments },
    settings.hall,
    settings.windows,
  );
  log(`city: instances on 127.0.0.1:${city.ports.join(' and :')}, database ${city.database}`);
  const pair = (sockets: number) => closing(new SplitHttpClient([new HttpClient(city.ports[0], sockets), new HttpClient(city.ports[1], sockets)]));
  const measured = await runQueuePhases(settings, {
    kiosks: pair(Math.max(settings.kiosks, 8)),
    staff: pair(settings.windows + 2),
    caller: closing(new HttpClient(city.ports[0], 2)),
    screensUrl: `http://127.0.0.1:${city.ports[1]}`,
    snapshot: () => city.instances[0].snapshot(),
  }, (msg) => log(`city: ${msg}`));
  await Promise.all(city.instances.map((i) => i.stop()));
  return { ...measured, loadBefore, loadAfter: os.loadavg() };
}

export function cityVerdicts(r: CityResults) {
  const issuing = r.many.perSec >= CITY_TARGETS.issuePerSec && r.many.errors === 0;
  const callNext = r.calling.callsPerSec >= CITY_TARGETS.callsPerSec && r.calling.failedCalls === 0;
  const screens = r.screens.endToEnd.p99 <= CITY_TARGETS.screenP99Ms && r.screens.missing === 0;
  return { issuing, callNext, screens, numbering: r.numbering.ok, calledOnce: r.calling.verification.ok, all: issuing && callNext && screens && r.numbering.ok && r.calling.verification.ok };
}

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

/** One table: each figure for the single SQLite process and for the city, with each column's target. */
export function formatCityComparison(sqlite: BenchResults, city: CityResults): string {
  const s = sqlite.settings;
  const v1 = verdicts(sqlite);
  const v2 = cityVerdicts(city);
  const ms2 = (x: { p50: number; p99: number }) => `${fmt(x.p50, 2)} / ${fmt(x.p99, 2)}`;
  const rows: string[][] = [
    [`issue, ${s.kiosks} kiosks: tickets/s`, int(sqlite.many.perSec), `>= ${int(TARGETS.issuePerSec)} ${verdict(v1.issuing)}`, int(city.many.perSec), `>= ${int(CITY_TARGETS.issuePerSec)} ${verdict(v2.issuing)}`],
    [`issue, ${s.kiosks} kiosks: p50 / p99 ms`, ms2(sqlite.many.latency), '', ms2(city.many.latency), ''],
    ['issue: errors', String(sqlite.single.errors + sqlite.many.errors), '0', String(city.single.errors + city.many.errors), '0'],
    ['issue, 1 kiosk: tickets/s', int(sqlite.single.perSec), '', int(city.single.perSec), ''],
    ['numbering: each queue 1..k', verdict(sqlite.numbering.ok), 'exact', verdict(city.numbering.ok), 'exact'],
    [`call-next, ${s.windows} windows: calls/s`, int(sqlite.calling.callsPerSec), `>= ${TARGETS.callsPerSec} ${verdict(v1.callNext)}`, int(city.calling.callsPerSec), `>= ${CITY_TARGETS.callsPerSec} ${verdict(v2.callNext)}`],
    ['call-next: failed clicks', String(sqlite.calling.failedCalls + sqlite.calling.failedClears), '0', String(city.calling.failedCalls + city.calling.failedClears), '0'],
    ['call-next: p50 / p99 ms', ms2(sqlite.calling.callLatency), '', ms2(city.calling.callLatency), ''],
    ['call-next: every ticket called once', verdict(sqlite.calling.verification.ok), 'exact', verdict(city.calling.verification.ok), 'exact'],
    [`call -> screen p50 / p99 ms, ${s.screens} screens`, ms2(sqlite.screens.endToEnd), `p99 <= ${TARGETS.screenP99Ms} ${verdict(v1.screens)}`, ms2(city.screens.endToEnd), `p99 <= ${CITY_TARGETS.screenP99Ms} ${verdict(v2.screens)}`],
    ['screens: deliveries', `${sqlite.screens.deliveries}/${sqlite.screens.expectedDeliveries}`, 'all', `${city.screens.deliveries}/${city.screens.expectedDeliveries}`, 'all'],
    ['screens: seq gaps seen', String(sqlite.screens.seqGaps), '0', String(city.screens.seqGaps), '0'],
  ];
  const head = ['figure', 'SQLite, 1 process', 'target', 'city: 2 instances, PostgreSQL + Redis', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const problems = [...city.many.errorSamples, ...city.numbering.problems, ...city.calling.errorSamples, ...city.calling.verification.problems, ...city.screens.errorSamples];
  return [
    '== SQLite beside the city (same phases, same run) ==',
    'city: kiosks alternate between the instances; windows 1-4 work through instance 1, 5-8 through instance 2; all screens listen on instance 2 while window 1 calls through instance 1',
    `load average before the city run: ${city.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after: ${city.loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
    '',
    line(head),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
    ...(problems.length ? ['', `city problems:\n  ${problems.slice(0, 20).join('\n  ')}`] : []),
    '',
    `overall: SQLite ${verdict(v1.all)}, city ${verdict(v2.all)}`,
  ].join('\n');
}

export function cityJson(r: CityResults) {
  return { targets: CITY_TARGETS, loadBefore: r.loadBefore, loadAfter: r.loadAfter, issuing: { oneKiosk: r.single, concurrent: r.many, numbering: r.numbering }, callNext: r.calling, screens: r.screens, server: r.phases, pass: cityVerdicts(r) };
}
