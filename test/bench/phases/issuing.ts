import { HttpClient } from '../support/http-client';
import { nowMs, summarize, Summary } from '../support/stats';

export interface IssuedTicket {
  id: number;
  number: string;
  queueCode: string;
  issuedAt: string;
}

export interface IssuingResult {
  kiosks: number;
  requests: number;
  issued: number;
  errors: number;
  errorSamples: string[];
  elapsedMs: number;
  perSec: number;
  latency: Summary;
}

/**
 * `kiosks` kiosks take `total` numbers between them as fast as the server answers, each waiting for its
 * answer before the next request (closed loop); queues are taken in turn. Every 201 lands in `issued`.
 */
export async function issueTickets(
  http: HttpClient,
  hall: string,
  opts: { kiosks: number; total: number; queues: string[]; issued: IssuedTicket[] },
): Promise<IssuingResult> {
  const latencies = new Float64Array(opts.total);
  const errorSamples: string[] = [];
  let next = 0;
  let errors = 0;
  let issued = 0;
  const path = `/api/v1/halls/${hall}/tickets`;
  const kiosk = async () => {
    while (next < opts.total) {
      const i = next++;
      const queueCode = opts.queues[i % opts.queues.length];
      try {
        const res = await http.post<IssuedTicket & { statusCode?: number; code?: string }>(path, { queueCode });
        latencies[i] = res.ms;
        if (res.status === 201) {
          issued++;
          opts.issued.push({ id: res.body.id, number: res.body.number, queueCode: res.body.queueCode, issuedAt: res.body.issuedAt });
        } else {
          errors++;
          if (errorSamples.length < 5) errorSamples.push(`${res.status} ${JSON.stringify(res.body).slice(0, 160)}`);
        }
      } catch (error) {
        errors++;
        latencies[i] = NaN;
        if (errorSamples.length < 5) errorSamples.push(String(error));
      }
    }
  };
  const started = nowMs();
  await Promise.all(Array.from({ length: opts.kiosks }, kiosk));
  const elapsedMs = nowMs() - started;
  return {
    kiosks: opts.kiosks,
    requests: opts.total,
    issued,
    errors,
    errorSamples,
    elapsedMs,
    perSec: (issued * 1000) / elapsedMs,
    latency: summarize(latencies.filter((v) => Number.isFinite(v))),
  };
}

export interface NumberingCheck {
  ok: boolean;
  tickets: number;
  distinctIds: number;
  /** queue|local date → how many numbers, all of 1..k exactly once when ok. */
  perQueue: Record<string, number>;
  problems: string[];
}

/** Each queue's numbers of a business day must be exactly 1..k: none lost, none given twice. */
export function checkNumbering(tickets: IssuedTicket[]): NumberingCheck {
  const problems: string[] = [];
  const groups = new Map<string, number[]>();
  for (const t of tickets) {
    const digits = t.number.startsWith(t.queueCode) ? t.number.slice(t.queueCode.length) : '';
    if (!/^\d{3,}$/.test(digits)) {
      problems.push(`malformed number ${t.number} for queue ${t.queueCode}`);
      continue;
    }
    const key = `${t.queueCode}|${t.issuedAt.slice(0, 10)}`; // issuedAt carries the hall's offset: its date is the business date
    const list = groups.get(key) ?? [];
    list.push(Number(digits));
    groups.set(key, list);
  }
  const perQueue: Record<string, number> = {};
  for (const [key, numbers] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    numbers.sort((a, b) => a - b);
    perQueue[key] = numbers.length;
    let duplicates = 0;
    let gaps = 0;
    for (let i = 0; i < numbers.length; i++) {
      if (i > 0 && numbers[i] === numbers[i - 1]) duplicates++;
      else if (numbers[i] !== (i > 0 ? numbers[i - 1] + 1 : 1)) gaps++;
    }
    if (duplicates || gaps) problems.push(`${key}: ${duplicates} duplicate(s), ${gaps} gap(s) in ${numbers.length} numbers (1..${numbers[numbers.length - 1]})`);
  }
  const distinctIds = new Set(tickets.map((t) => t.id)).size;
  if (distinctIds !== tickets.length) problems.push(`${tickets.length - distinctIds} ticket id(s) returned twice`);
  return { ok: problems.length === 0, tickets: tickets.length, distinctIds, perQueue, problems };
}
