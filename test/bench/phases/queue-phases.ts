import type { BenchSettings } from '../settings';
import type { HttpClient } from '../support/http-client';
import { onCleanup, sleep } from '../support/lifecycle';
import { fmt, int, type PhaseStats } from '../support/report';
import type { ServerStats } from '../support/server';
import { nowMs } from '../support/stats';
import { type CallNextResult, drainQueues, openWindows, waitingCount } from './call-next';
import { checkNumbering, type IssuedTicket, issueTickets, type IssuingResult, type NumberingCheck } from './issuing';
import { measureScreenLatency, type ScreenLatencyResult } from './screen-latency';

/** Where the load goes: one server, or a city's instances behind split clients. */
export interface QueueTarget {
  kiosks: HttpClient;
  staff: HttpClient;
  /** The window that calls while the screens listen. */
  caller: HttpClient;
  /** The address the hall screens connect to. */
  screensUrl: string;
  /** The server's work since the previous snapshot (the first instance's, in a city). */
  snapshot: () => Promise<ServerStats>;
}

export interface QueuePhaseResults {
  warm: IssuingResult;
  single: IssuingResult;
  many: IssuingResult;
  numbering: NumberingCheck;
  calling: CallNextResult;
  screens: ScreenLatencyResult;
  phases: PhaseStats[];
}

/** Phases 2–4 of the queue bench (issuing, call-next, call → screen) against `target`. */
export async function runQueuePhases(settings: BenchSettings, target: QueueTarget, log: (msg: string) => void): Promise<QueuePhaseResults> {
  const phases: PhaseStats[] = [];
  let phaseStart = 0;
  let driverCpu = process.cpuUsage();
  const beginPhase = async () => {
    await target.snapshot(); // the server's counters start over here
    phaseStart = nowMs();
    driverCpu = process.cpuUsage();
  };
  const endPhase = async (name: string, requests: number) => {
    const cpu = process.cpuUsage(driverCpu);
    const toMs = nowMs();
    phases.push({ name, requests, fromMs: phaseStart, toMs, driverCpuMs: (cpu.user + cpu.system) / 1000, stats: await target.snapshot() });
  };

  // 2. issuing
  const issued: IssuedTicket[] = [];
  const issue = (count: number, total: number, into: IssuedTicket[]) => issueTickets(target.kiosks, settings.hall, { kiosks: count, total, queues: settings.queues, issued: into });
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
  const operators = await openWindows(target.staff, settings.hall, settings.windows);
  await beginPhase();
  const calling = await drainQueues(target.staff, settings.hall, operators, issued.length * 2 + 100);
  await endPhase(`call-next + no-show, ${calling.windows} windows`, calling.requests);
  log(`call-next, ${calling.windows} windows: ${int(calling.callsPerSec)} calls/s (${calling.calls} calls, ${calling.failedCalls} failed, ${calling.failedClears} failed no-shows), ${int(calling.requestsPerSec)} req/s`);
  log(`call-next check: ${calling.verification.ok ? `${calling.verification.distinctTickets} tickets each called once, none left` : calling.verification.problems.join('; ')}`);

  // 4. call → screen, on fresh tickets
  await issue(4, settings.screenCalls, []);
  await sleep(300); // the coalesced board.updated for those goes out before the screens subscribe
  const waiting = Object.values(await waitingCount(target.staff, settings.hall)).reduce((a, b) => a + b, 0);
  const screens = await measureScreenLatency(target.caller, {
    url: target.screensUrl, hall: settings.hall, operator: operators[0], screens: settings.screens, workers: settings.screenWorkers,
    calls: Math.min(settings.screenCalls, waiting), gapMs: settings.callGapMs, onReady: beginPhase,
  });
  await endPhase(`calls to ${settings.screens} screens`, screens.calls * 2);
  log(`screens: ${screens.subscribed}/${screens.screens} subscribed; ${screens.deliveries}/${screens.expectedDeliveries} deliveries; call → screen p50 ${fmt(screens.endToEnd.p50, 2)} ms, p99 ${fmt(screens.endToEnd.p99, 2)} ms`);
  return { warm, single, many, numbering, calling, screens, phases };
}

/** Closes the clients when the bench cleans up. */
export function closing<T extends { close(): void }>(client: T): T {
  onCleanup(() => client.close());
  return client;
}
