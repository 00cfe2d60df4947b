import { createServer, IncomingMessage, Server, ServerResponse } from 'http';
import { AddressInfo } from 'net';
import { DataSource } from 'typeorm';
import { TestApp } from './test-app';
import { sql } from './test-database';

export interface NotificationDbRow {
  id: number;
  kind: string;
  to: string;
  text: string;
  status: string;
  attempts: number;
  nextAttemptAt: number | null;
  sentAt: number | null;
  lastError: string | null;
  dedupeKey: string;
}

/** The outbox rows as stored (full phones), oldest first; numbers as numbers on both databases. */
export async function notificationRows(t: TestApp, kind?: string): Promise<NotificationDbRow[]> {
  const rows = await sql<NotificationDbRow>(
    t.app.get(DataSource),
    `SELECT id, kind, "to", text, status, attempts, nextAttemptAt, sentAt, lastError, dedupeKey FROM notifications${kind ? ' WHERE kind = ?' : ''} ORDER BY id`,
    kind ? [kind] : [],
  );
  return rows.map((r) => ({
    ...r, id: Number(r.id), attempts: Number(r.attempts),
    nextAttemptAt: r.nextAttemptAt === null ? null : Number(r.nextAttemptAt), sentAt: r.sentAt === null ? null : Number(r.sentAt),
  }));
}

/** Polls `check` until it stops throwing (the sender works in the background), or fails with its last error. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 5_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export interface ReceivedCall {
  body: string;
  signature: string | undefined;
  contentType: string | undefined;
}

/**
 * A stand-in SMS gateway on 127.0.0.1: records every call and answers the statuses queued in `answers`
 * (then 200); a queued 0 never answers (a gateway that hangs).
 */
export class WebhookReceiver {
  readonly calls: ReceivedCall[] = [];
  readonly answers: number[] = [];
  private server: Server | null = null;
  port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/sms`;
  }

  async start(port = 0): Promise<this> {
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.calls.push({ body: Buffer.concat(chunks).toString('utf8'), signature: req.headers['x-onewindow-signature'] as string | undefined, contentType: req.headers['content-type'] });
        const status = this.answers.shift() ?? 200;
        if (status) res.writeHead(status, { 'Content-Type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    this.server = server;
    this.port = (server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
}
