import { INestApplication, LoggerService } from '@nestjs/common';

export interface CapturedLogs {
  /** What was logged at error or fatal level since the last take, emptied. */
  take: () => string[];
}

/**
 * Replaces the app's logger with one that records error- and fatal-level lines (and drops the rest), so a test
 * can assert that client errors are not logged as errors. Nest's own loggers and `new Logger(ctx)` use it too.
 */
export function captureErrorLogs(app: INestApplication): CapturedLogs {
  let lines: string[] = [];
  const record = (message: unknown, ...rest: unknown[]) => {
    lines.push([message, ...rest].map((part) => (part instanceof Error ? (part.stack ?? part.message) : String(part))).join(' '));
  };
  const logger: LoggerService = { log: () => undefined, warn: () => undefined, debug: () => undefined, verbose: () => undefined, error: record, fatal: record };
  app.useLogger(logger);
  return {
    take: () => {
      const taken = lines;
      lines = [];
      return taken;
    },
  };
}
