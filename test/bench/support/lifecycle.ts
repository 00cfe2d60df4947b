/**
 * Everything the bench starts (server, screen workers, temp dirs) registers its undo here, so a normal
 * end, an error, Ctrl-C or the global timeout all leave the machine as they found it.
 */
type Cleanup = () => void | Promise<void>;

const cleanups: Cleanup[] = [];
const lastResorts: Array<() => void> = [];
let cleaning: Promise<void> | null = null;
let aborting = false;

/** True once the run is being stopped early: loops stop sending work. */
export const isAborting = () => aborting;

/** Synchronous last resort run on process exit, whatever happened (e.g. SIGKILL a child, remove a dir). */
export function onExit(fn: () => void): void {
  lastResorts.push(fn);
}
process.on('exit', () => {
  for (const fn of lastResorts.reverse()) {
    try {
      fn();
    } catch {
      // exiting anyway
    }
  }
});

export function onCleanup(fn: Cleanup): () => void {
  cleanups.push(fn);
  return () => {
    const at = cleanups.indexOf(fn);
    if (at >= 0) cleanups.splice(at, 1);
  };
}

/** Runs every registered cleanup once, newest first; errors are reported, never thrown. */
export function cleanupAll(): Promise<void> {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      const fn = cleanups.pop()!;
      try {
        await fn();
      } catch (error) {
        process.stderr.write(`cleanup failed: ${String(error)}\n`);
      }
    }
  })();
  return cleaning;
}

/** Ends the process after cleaning up on SIGINT/SIGTERM or when the whole run exceeds `timeoutMs`. */
export function installGuards(timeoutMs: number): void {
  const abort = (why: string, code: number) => {
    if (aborting) return;
    aborting = true;
    process.stderr.write(`\nbench: ${why}; cleaning up\n`);
    void cleanupAll().finally(() => process.exit(code));
    setTimeout(() => process.exit(code), 15_000).unref(); // a cleanup that hangs must not keep us alive (onExit still runs)
  };
  process.once('SIGINT', () => abort('interrupted', 130));
  process.once('SIGTERM', () => abort('terminated', 143));
  setTimeout(() => abort(`global timeout of ${Math.round(timeoutMs / 1000)} s reached`, 124), timeoutMs).unref();
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Rejects when `promise` has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
