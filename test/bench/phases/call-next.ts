import { HttpClient } from '../support/http-client';
import { nowMs, summarize, Summary } from '../support/stats';

export interface Operator {
  window: number;
  username: string;
  token: string;
  /** Queues this window serves (empty: every queue of the hall). */
  queueCodes: string[];
  kind: string;
}

interface StaffTicket {
  id: number;
  number: string;
  queueCode: string;
  status: string;
  windowNumber: number;
}

export interface CallNextResult {
  windows: number;
  waitingBefore: number;
  waitingAfter: number;
  calls: number;
  empty: number;
  failedCalls: number;
  failedClears: number;
  errorSamples: string[];
  /** Every request sent: call-next (including the final 204s) and no-show. */
  requests: number;
  elapsedMs: number;
  /** Successful call-next per second of wall time (each loop also clears the window with no-show). */
  callsPerSec: number;
  /** All requests (call-next + no-show + final 204s) per second. */
  requestsPerSec: number;
  callLatency: Summary;
  clearLatency: Summary;
  perWindow: Record<number, number>;
  verification: { ok: boolean; distinctTickets: number; problems: string[] };
}

export async function login(http: HttpClient, username: string, password = 'demo1234'): Promise<string> {
  const res = await http.post<{ accessToken: string }>('/api/v1/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}

/** Signs clerk{n} in and opens window n for each n; returns what each window serves. */
export async function openWindows(http: HttpClient, hall: string, count: number): Promise<Operator[]> {
  const operators: Operator[] = [];
  for (let n = 1; n <= count; n++) {
    const username = `clerk${n}`;
    const token = await login(http, username);
    const res = await http.post<{ window: { number: number; kind: string; queueCodes: string[]; status: string } }>(
      `/api/v1/halls/${hall}/windows/${n}/open`, undefined, token);
    if (res.status !== 200 || res.body.window.status !== 'open') throw new Error(`open window ${n}: ${res.status} ${JSON.stringify(res.body)}`);
    operators.push({ window: n, username, token, queueCodes: res.body.window.queueCodes, kind: res.body.window.kind });
  }
  return operators;
}

export async function waitingCount(http: HttpClient, hall: string): Promise<Record<string, number>> {
  const res = await http.get<{ waiting: Record<string, number> }>(`/api/v1/halls/${hall}/board`);
  if (res.status !== 200) throw new Error(`board: ${res.status}`);
  return res.body.waiting;
}

/**
 * Every window calls as fast as it is answered until nothing is waiting for it (204): call-next, then
 * no-show, the one request that frees the window (called → no_show) for the next call.
 */
export async function drainQueues(http: HttpClient, hall: string, operators: Operator[], maxCalls: number): Promise<CallNextResult> {
  const waitingBefore = Object.values(await waitingCount(http, hall)).reduce((a, b) => a + b, 0);
  const callLatencies: number[] = [];
  const clearLatencies: number[] = [];
  const errorSamples: string[] = [];
  const seen = new Map<number, number>(); // ticket id → times called
  const problems: string[] = [];
  const perWindow: Record<number, number> = {};
  let calls = 0;
  let empty = 0;
  let failedCalls = 0;
  let failedClears = 0;
  let requests = 0;
  const note = (what: string) => {
    if (errorSamples.length < 5) errorSamples.push(what);
  };

  const work = async (op: Operator) => {
    const base = `/api/v1/halls/${hall}/windows/${op.window}`;
    let failuresHere = 0;
    perWindow[op.window] = 0;
    while (calls < maxCalls && failuresHere < 20) {
      requests++;
      let res;
      try {
        res = await http.post<{ ticket: StaffTicket }>(`${base}/call-next`, undefined, op.token);
      } catch (error) {
        failedCalls++;
        failuresHere++;
        note(`window ${op.window} call-next: ${String(error)}`);
        continue;
      }
      callLatencies.push(res.ms);
      if (res.status === 204) {
        empty++;
        return;
      }
      if (res.status !== 200) {
        failedCalls++;
        failuresHere++;
        note(`window ${op.window} call-next: ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        continue;
      }
      calls++;
      perWindow[op.window]++;
      const t = res.body.ticket;
      seen.set(t.id, (seen.get(t.id) ?? 0) + 1);
      if (t.status !== 'called' || t.windowNumber !== op.window) problems.push(`ticket ${t.number} came back ${t.status} at window ${t.windowNumber}, called by ${op.window}`);
      if (op.kind !== 'comprehensive' && !op.queueCodes.includes(t.queueCode)) problems.push(`window ${op.window} (${op.queueCodes.join(',')}) called ${t.number}`);
      requests++;
      try {
        const cleared = await http.post(`${base}/no-show`, undefined, op.token);
        clearLatencies.push(cleared.ms);
        if (cleared.status !== 200) {
          failedClears++;
          failuresHere++;
          note(`window ${op.window} no-show: ${cleared.status} ${JSON.stringify(cleared.body).slice(0, 160)}`);
        }
      } catch (error) {
        failedClears++;
        failuresHere++;
        note(`window ${op.window} no-show: ${String(error)}`);
      }
    }
  };

  const started = nowMs();
  await Promise.all(operators.map(work));
  const elapsedMs = nowMs() - started;
  const waitingAfter = Object.values(await waitingCount(http, hall)).reduce((a, b) => a + b, 0);

  const twice = [...seen.values()].filter((n) => n > 1).length;
  if (twice) problems.push(`${twice} ticket(s) called more than once`);
  if (seen.size !== waitingBefore) problems.push(`${seen.size} distinct tickets called, ${waitingBefore} were waiting`);
  if (waitingAfter !== 0) problems.push(`${waitingAfter} ticket(s) still waiting after every window got 204`);
  return {
    windows: operators.length,
    waitingBefore,
    waitingAfter,
    calls,
    empty,
    failedCalls,
    failedClears,
    errorSamples,
    requests,
    elapsedMs,
    callsPerSec: (calls * 1000) / elapsedMs,
    requestsPerSec: (requests * 1000) / elapsedMs,
    callLatency: summarize(callLatencies),
    clearLatency: summarize(clearLatencies),
    perWindow,
    verification: { ok: problems.length === 0, distinctTickets: seen.size, problems: problems.slice(0, 10) },
  };
}
