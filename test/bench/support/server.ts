import { ChildProcess, spawn, spawnSync } from 'child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { dirname, join, relative } from 'path';
import ts from 'typescript';
import { AppConfig } from '../../../src/config/app-config';
import { HttpClient } from './http-client';
import { isAborting, onCleanup, onExit, sleep } from './lifecycle';

export const ROOT = join(__dirname, '..', '..', '..');

export type ServerMode = 'build' | 'dist' | 'ts-node';

export interface ServerSpec {
  mode: ServerMode;
  /** Compiled entry (build/dist modes). */
  entry: string;
  /** Where the server's log, profiles and database live for this run. */
  workDir: string;
  port: number;
  dbPath: string;
  /** Extra settings for the server (e.g. BENCH_SERVER_ENV="BOARD_COALESCE_MS=0"). */
  extraEnv: Record<string, string>;
  /** Writes a V8 CPU profile of the server into this directory when it stops. */
  cpuProfDir?: string;
  /** Counts and times every SQL statement (server-preload.js); costs a little throughput. */
  sqlTrace?: boolean;
  /** Simulated fixes of server-preload.js (BENCH_EXPERIMENTS). */
  experiments?: string[];
}

/** What the server process did between two snapshots (see server-preload.js). */
export interface ServerStats {
  seq: number;
  wallMs: number;
  eventLoopUtilization: number;
  cpuUserMs: number;
  cpuSystemMs: number;
  sql: Array<{ statement: string; n: number; ms: number }>;
}

/**
 * Compiles src/ the way `nest build` does (same tsconfig.build.json options, one file at a time, like
 * ts-node's transpile-only) into this run's temp directory, so the bench measures compiled JavaScript
 * without touching the shared dist/ other people may be using, and without failing on someone's
 * half-finished type error. With `patches` (unified diffs against the repo root, e.g.
 * test/bench/proposals/*.patch) a copy of src/ is patched first: a proposed change measured without
 * editing src/. Returns the path of main.js.
 */
export function buildServer(into: string, patches: string[] = []): { entry: string; files: number; ms: number } {
  const started = Date.now();
  const configPath = join(ROOT, 'tsconfig.build.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const options: ts.CompilerOptions = { ...parsed.options, incremental: false, sourceMap: false, inlineSourceMap: false, declaration: false };
  let sourceRoot = ROOT;
  if (patches.length > 0) {
    sourceRoot = join(into, 'patched');
    cpSync(join(ROOT, 'src'), join(sourceRoot, 'src'), { recursive: true });
    for (const patch of patches) {
      const applied = spawnSync('patch', ['-p1', '--batch', '--forward', '--silent', '--no-backup-if-mismatch', '-d', sourceRoot, '-i', patch], { encoding: 'utf8' });
      if (applied.status !== 0) throw new Error(`patch ${patch} does not apply to src/ as it is now:\n${applied.stdout}${applied.stderr}`);
    }
  }
  const outRoot = join(into, 'dist');
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return sources(p);
      return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') && !e.name.endsWith('.spec.ts') ? [p] : [];
    });
  let files = 0;
  for (const file of sources(join(sourceRoot, 'src'))) {
    const source = readFileSync(file, 'utf8');
    const out = ts.transpileModule(source, { compilerOptions: options, fileName: file, reportDiagnostics: false });
    const target = join(outRoot, relative(sourceRoot, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, out.outputText);
    files++;
  }
  // main.js resolves packages and views (app.setup.ts viewsRoot: dist/src/../../views) from here
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'), 'dir');
  symlinkSync(join(ROOT, 'views'), join(into, 'views'), 'dir');
  return { entry: join(outRoot, 'src', 'main.js'), files, ms: Date.now() - started };
}

/** dist/src/main.js of `npm run build`, if it is at least as new as every file of src/. */
export function freshDistEntry(): string | null {
  const entry = join(ROOT, 'dist', 'src', 'main.js');
  if (!existsSync(entry)) return null;
  const built = statSync(entry).mtimeMs;
  const newest = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
      const p = join(dir, e.name);
      return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  return newest(join(ROOT, 'src')) <= built ? entry : null;
}

/** One running server process; start() waits for GET /health, stop() ends it (SIGTERM, then SIGKILL). */
export class ServerProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  private starts = 0;
  private statsSeq = 0;
  readonly logPath: string;
  private readonly statsPath: string;

  constructor(private readonly spec: ServerSpec) {
    this.logPath = join(spec.workDir, 'server.log');
    this.statsPath = join(spec.workDir, 'server-stats.json');
    onCleanup(() => this.stop(isAborting() ? 3000 : 8000));
    onExit(() => this.child?.kill('SIGKILL'));
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  async start(timeoutMs = 60_000): Promise<number> {
    if (this.child) throw new Error('server already running');
    const { spec } = this;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const key of Object.keys(new AppConfig())) delete env[key]; // nobody's shell settings leak in
    Object.assign(env, {
      HOST: '127.0.0.1',
      PORT: String(spec.port),
      DB_TYPE: 'sqlite',
      DB_PATH: spec.dbPath,
      CONFIG_DIR: join(ROOT, 'config'),
      LOG_LEVEL: 'warn',
      JWT_SECRET: 'bench-secret-0123456789abcdef',
      BCRYPT_ROUNDS: '4',
      LIMIT_TICKETS_PER_ADDRESS: '100000000',
      ...spec.extraEnv,
    });
    env.BENCH_STATS_FILE = this.statsPath;
    env.BENCH_SQL_TRACE = spec.sqlTrace ? '1' : '0';
    env.BENCH_EXPERIMENTS = (spec.experiments ?? []).join(',');
    this.statsSeq = 0;
    const args: string[] = [];
    if (spec.cpuProfDir) args.push('--cpu-prof', `--cpu-prof-dir=${spec.cpuProfDir}`);
    args.push('-r', join(__dirname, 'server-preload.js'));
    if (spec.mode === 'ts-node') args.push('-r', 'ts-node/register/transpile-only', join(ROOT, 'src', 'main.ts'));
    else args.push(spec.entry);
    const log = createWriteStream(this.logPath, { flags: 'a' });
    log.write(`--- start #${++this.starts}: node ${args.join(' ')}\n`);
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.pipe(log, { end: false });
    child.stderr!.pipe(log, { end: false });
    let exitInfo: string | null = null;
    this.exited = new Promise<void>((resolve) => {
      child.once('exit', (code, signal) => {
        exitInfo = `exit code ${code} signal ${signal}`;
        this.child = null;
        setTimeout(() => log.end(), 50);
        resolve();
      });
    });
    const http = new HttpClient(spec.port, 1, 2000);
    const started = Date.now();
    try {
      for (;;) {
        if (exitInfo) throw new Error(`server exited during start (${exitInfo}):\n${this.logTail()}`);
        if (Date.now() - started > timeoutMs) throw new Error(`server not healthy within ${timeoutMs} ms:\n${this.logTail()}`);
        try {
          const res = await http.get('/health');
          if (res.status === 200) return Date.now() - started;
        } catch {
          // not listening yet
        }
        await sleep(100);
      }
    } finally {
      http.close();
    }
  }

  async stop(graceMs = 8000): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(killer);
  }

  /** The server's work since the previous snapshot (or its start). */
  async snapshot(): Promise<ServerStats> {
    const child = this.child;
    if (!child) throw new Error('server not running');
    const want = ++this.statsSeq;
    child.kill('SIGWINCH');
    for (let i = 0; i < 200; i++) {
      await sleep(10);
      try {
        const stats = JSON.parse(readFileSync(this.statsPath, 'utf8')) as ServerStats;
        if (stats.seq === want) return stats;
      } catch {
        // not written yet
      }
    }
    throw new Error('server did not write its stats');
  }

  logTail(lines = 30): string {
    try {
      return readFileSync(this.logPath, 'utf8').split('\n').slice(-lines).join('\n');
    } catch {
      return '(no server log)';
    }
  }
}
