/**
 * Where a V8 CPU profile (node --cpu-prof) spent its time, optionally only between two CLOCK_MONOTONIC
 * times in ms (the bench's nowMs(); V8's profile timestamps use the same clock, in µs).
 * Standalone: npx ts-node --transpile-only test/bench/support/profile-summary.ts <file.cpuprofile> [fromMs toMs]
 */
import { readFileSync } from 'fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  sampledMs: number;
  byArea: Array<{ area: string; ms: number; share: number }>;
  selfTop: Array<{ fn: string; ms: number; share: number }>;
  /** Inclusive time of the project's own functions (src/), the ones worth changing. */
  srcInclusive: Array<{ fn: string; ms: number; share: number }>;
  /** Inclusive time of a few library entry points that explain the rest. */
  libInclusive: Array<{ fn: string; ms: number; share: number }>;
}

function area(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native / V8 builtins)';
  if (url.startsWith('node:')) return 'node core';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  if (/\/src\//.test(url)) return 'src (OneWindow)';
  return url;
}

const short = (url: string) => url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\/src\//, 'src/').replace(/^file:\/\//, '');
const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const LIB_ENTRY_POINTS: Array<[RegExp, string]> = [
  [/typeorm\/.*SelectQueryBuilder/, 'typeorm SelectQueryBuilder (build SQL, map rows)'],
  [/typeorm\/.*(InsertQueryBuilder|UpdateQueryBuilder)/, 'typeorm Insert/UpdateQueryBuilder'],
  [/typeorm\/.*EntityManager/, 'typeorm EntityManager'],
  [/typeorm\/.*RawSqlResultsToEntityTransformer/, 'typeorm row → entity transform'],
  [/typeorm\/.*Broadcaster/, 'typeorm Broadcaster (subscribers/listeners)'],
  [/sqlite3\/lib\/trace/, 'sqlite3 verbose() call-site traces'],
  [/class-validator\//, 'class-validator'],
  [/class-transformer\//, 'class-transformer'],
  [/@nestjs\/core\/router/, 'nest router (guards, pipes, handler)'],
  [/express\/|body-parser|raw-body/, 'express + body-parser'],
  [/socket\.io|engine\.io|\/ws\//, 'socket.io / engine.io / ws'],
  [/jsonwebtoken|jws|@nestjs\/jwt/, 'JWT verify'],
  [/@nestjs\/event-emitter|eventemitter2/, 'event emitter'],
];

export function summarizeProfile(path: string, fromMs?: number, toMs?: number, top = 15): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  const self = new Map<number, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000; // a sample stands for the time until the next one
    if (fromMs !== undefined && t / 1000 < fromMs) continue;
    if (toMs !== undefined && t / 1000 > toMs) break;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + ms);
  }
  let total = 0;
  for (const [id, ms] of self) if (byId.get(id)!.callFrame.functionName !== '(idle)') total += ms;

  const areas = new Map<string, number>();
  const selfByFn = new Map<string, number>();
  const srcIncl = new Map<string, number>();
  const libIncl = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') continue;
    const a = area(node.callFrame.url, node.callFrame.functionName);
    areas.set(a, (areas.get(a) ?? 0) + ms);
    selfByFn.set(label(node), (selfByFn.get(label(node)) ?? 0) + ms);
    const seenSrc = new Set<string>();
    const seenLib = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (/\/src\//.test(n.callFrame.url) && !/node_modules/.test(n.callFrame.url)) seenSrc.add(label(n));
      for (const [re, name] of LIB_ENTRY_POINTS) if (re.test(n.callFrame.url)) seenLib.add(name);
    }
    for (const k of seenSrc) srcIncl.set(k, (srcIncl.get(k) ?? 0) + ms);
    for (const k of seenLib) libIncl.set(k, (libIncl.get(k) ?? 0) + ms);
  }
  const ranked = <K extends string>(m: Map<string, number>, n: number, key: K) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, ms]) => ({ [key]: k, ms, share: total ? ms / total : 0 }) as Record<K, string> & { ms: number; share: number });
  return {
    sampledMs: total,
    byArea: ranked(areas, top, 'area'),
    selfTop: ranked(selfByFn, top, 'fn'),
    srcInclusive: ranked(srcIncl, top, 'fn'),
    libInclusive: ranked(libIncl, LIB_ENTRY_POINTS.length, 'fn'),
  };
}

export function formatProfileSummary(title: string, s: ProfileSummary, requests?: number): string {
  const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)} %`;
  const per = (ms: number) => (requests ? `${((ms / requests) * 1000).toFixed(0).padStart(5)} µs/req` : '');
  const block = (name: string, rows: Array<{ ms: number; share: number } & Record<string, unknown>>, key: string) =>
    `  ${name}:\n${rows.map((r) => `    ${pct(r.share)}  ${per(r.ms)}  ${String(r[key])}`).join('\n')}`;
  return [
    `CPU profile of the server, ${title}: ${s.sampledMs.toFixed(0)} ms on the main thread${requests ? ` (${((s.sampledMs / requests) * 1000).toFixed(0)} µs per request)` : ''}`,
    block('by package (self time)', s.byArea, 'area'),
    block('library work (inclusive)', s.libInclusive, 'fn'),
    block('src/ functions (inclusive)', s.srcInclusive, 'fn'),
    block('hottest functions (self)', s.selfTop, 'fn'),
  ].join('\n');
}

if (require.main === module) {
  const [file, from, to] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [fromMs toMs]');
  process.stdout.write(`${formatProfileSummary(file, summarizeProfile(file, from ? Number(from) : undefined, to ? Number(to) : undefined))}\n`);
}
