import { ChildProcess, fork } from 'child_process';
import { join } from 'path';
import { HttpClient } from '../support/http-client';
import { onCleanup, sleep, within } from '../support/lifecycle';
import { nowMs, summarize, Summary } from '../support/stats';
import type { WorkerReply, WorkerRequest } from '../support/screens-worker';
import type { Operator } from './call-next';

export interface ScreenLatencyResult {
  screens: number;
  workers: number;
  connected: number;
  subscribed: number;
  calls: number;
  failedCalls: number;
  expectedDeliveries: number;
  deliveries: number;
  missing: number;
  seqGaps: number;
  /** From just before call-next is sent to a screen's ticket.called handler, over calls × screens. */
  endToEnd: Summary;
  /** The call-next HTTP round trip alone, for comparison. */
  httpCall: Summary;
  /** Per call: last screen's receipt minus the first one's (the fan-out spread). */
  spread: Summary;
  errorSamples: string[];
}

class ScreenWorker {
  private readonly child: ChildProcess;
  private readonly waiting = new Map<string, (reply: WorkerReply) => void>();

  constructor() {
    this.child = fork(join(__dirname, '..', 'support', 'screens-worker.ts'), [], {
      execArgv: ['-r', 'ts-node/register/transpile-only'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (reply: WorkerReply) => {
      const resolve = this.waiting.get(reply.type);
      this.waiting.delete(reply.type);
      resolve?.(reply);
    });
    onCleanup(() => this.close());
  }

  ask<T extends WorkerReply['type']>(request: WorkerRequest, answer: T, ms: number): Promise<Extract<WorkerReply, { type: T }>> {
    const reply = new Promise<Extract<WorkerReply, { type: T }>>((resolve) => this.waiting.set(answer, resolve as (r: WorkerReply) => void));
    this.child.send(request);
    return within(reply, ms, `screen worker ${this.child.pid} ${request.type}`);
  }

  close(): void {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    if (this.child.connected) this.child.send({ type: 'close' } satisfies WorkerRequest);
    setTimeout(() => this.child.exitCode === null && this.child.kill('SIGKILL'), 1000).unref();
  }
}

/**
 * `screens` hall screens (socket.io-client, websocket transport, own connection each) spread over
 * `workers` child processes subscribe to the hall; one window calls `calls` tickets, `gapMs` apart,
 * clearing itself with no-show between calls. Every screen must receive every call.
 */
export async function measureScreenLatency(
  http: HttpClient,
  opts: { url: string; hall: string; operator: Operator; screens: number; workers: number; calls: number; gapMs: number; onReady?: () => Promise<void> },
): Promise<ScreenLatencyResult> {
  const workers = Array.from({ length: opts.workers }, () => new ScreenWorker());
  const share = (i: number) => Math.floor(opts.screens / opts.workers) + (i < opts.screens % opts.workers ? 1 : 0);
  const ready = await Promise.all(workers.map((w, i) => w.ask({ type: 'connect', url: opts.url, hall: opts.hall, count: share(i) }, 'ready', 60_000)));
  const connected = ready.reduce((a, r) => a + r.connected, 0);
  const subscribed = ready.reduce((a, r) => a + r.subscribed, 0);
  const errorSamples = ready.flatMap((r) => r.errors).slice(0, 5);
  await sleep(300); // let the connect burst settle
  await opts.onReady?.();

  const base = `/api/v1/halls/${opts.hall}/windows/${opts.operator.window}`;
  const sentAt = new Map<string, number>();
  const httpCall: number[] = [];
  let failedCalls = 0;
  for (let i = 0; i < opts.calls; i++) {
    const t0 = nowMs();
    const res = await http.post<{ ticket: { number: string } }>(`${base}/call-next`, undefined, opts.operator.token);
    if (res.status !== 200) {
      failedCalls++;
      if (errorSamples.length < 5) errorSamples.push(`call-next ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
      if (res.status === 204) break; // nothing left to call
      continue;
    }
    sentAt.set(res.body.ticket.number, t0);
    httpCall.push(res.ms);
    const cleared = await http.post(`${base}/no-show`, undefined, opts.operator.token);
    if (cleared.status !== 200 && errorSamples.length < 5) errorSamples.push(`no-show ${cleared.status}`);
    await sleep(opts.gapMs);
  }
  await sleep(500); // the last deliveries

  const results = await Promise.all(workers.map((w) => w.ask({ type: 'collect' }, 'results', 30_000)));
  for (const w of workers) w.close();
  const latencies: number[] = [];
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  let deliveries = 0;
  let seqGaps = 0;
  for (const screen of results.flatMap((r) => r.screens)) {
    seqGaps += screen.seqGaps;
    screen.numbers.forEach((number, k) => {
      const t0 = sentAt.get(number);
      if (t0 === undefined) return; // not one of ours
      const at = screen.at[k];
      deliveries++;
      latencies.push(at - t0);
      first.set(number, Math.min(first.get(number) ?? Infinity, at));
      last.set(number, Math.max(last.get(number) ?? -Infinity, at));
    });
  }
  const expectedDeliveries = sentAt.size * opts.screens;
  return {
    screens: opts.screens,
    workers: opts.workers,
    connected,
    subscribed,
    calls: sentAt.size,
    failedCalls,
    expectedDeliveries,
    deliveries,
    missing: expectedDeliveries - deliveries,
    seqGaps,
    endToEnd: summarize(latencies),
    httpCall: summarize(httpCall),
    spread: summarize([...first.keys()].map((n) => last.get(n)! - first.get(n)!)),
    errorSamples,
  };
}
