/**
 * A child process that floods the server from "another address" (`X-Forwarded-For`, trusted from loopback),
 * so the flood's own work does not share an event loop with the kiosk being measured. Over the fork IPC:
 *   → {type:'start', kind, port, hall, concurrency, forwardedFor}   ← {type:'started'}
 *   → {type:'stop'}                                                 ← {type:'result', requests, outcomes, connections}
 *   → {type:'close'}                                                (exits)
 * Kinds: `login` (random usernames and passwords, closed loop), `subscribe` (sockets sending `subscribe` in a
 * loop on one connection each, reconnecting at once when the server closes it), `subscribe-reconnect` (the same, but a refused socket is replaced by a new
 * connection, as a client dodging a per-connection limit would), `tickets` (anonymous ticket issuing).
 */
import { randomBytes } from 'crypto';
import { io, Socket } from 'socket.io-client';
import { HttpClient } from './http-client';

export type FloodKind = 'login' | 'subscribe' | 'subscribe-reconnect' | 'tickets';
export type FloodRequest =
  | { type: 'start'; kind: FloodKind; port: number; hall: string; concurrency: number; forwardedFor: string }
  | { type: 'stop' }
  | { type: 'close' };
export type FloodReply =
  | { type: 'started' }
  | { type: 'result'; requests: number; outcomes: Record<string, number>; connections: number };

let stopping = false;
let requests = 0;
let connections = 0;
let outcomes: Record<string, number> = {};
let running: Promise<unknown> = Promise.resolve();
const sockets = new Set<Socket>();

const count = (outcome: string) => {
  requests++;
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
};
const send = (reply: FloodReply) => process.send?.(reply);
const errorLabel = (error: unknown) => {
  const message = String((error as Error)?.message ?? error).slice(0, 60);
  return message.startsWith('handshake ') ? message : `error ${message}`;
};

async function httpFlood(start: Extract<FloodRequest, { type: 'start' }>): Promise<void> {
  const http = new HttpClient(start.port, start.concurrency, 30_000, { 'x-forwarded-for': start.forwardedFor });
  const one = async () => {
    while (!stopping) {
      try {
        const res = start.kind === 'login'
          ? await http.post<{ code?: string }>('/api/v1/auth/login', { username: `u${randomBytes(5).toString('hex')}`, password: randomBytes(6).toString('hex') })
          : await http.post<{ code?: string }>(`/api/v1/halls/${start.hall}/tickets`, { queueCode: 'B' });
        count(`${res.status}${res.body && typeof res.body === 'object' && res.body.code ? ` ${res.body.code}` : ''}`);
      } catch (error) {
        count(errorLabel(error));
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: start.concurrency }, one));
  } finally {
    http.close();
  }
}

function dial(start: Extract<FloodRequest, { type: 'start' }>): Promise<Socket> {
  const socket = io(`http://127.0.0.1:${start.port}/realtime`, {
    transports: ['websocket'], forceNew: true, reconnection: false, timeout: 10_000,
    extraHeaders: { 'x-forwarded-for': start.forwardedFor },
  });
  sockets.add(socket);
  connections++;
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error: Error & { description?: unknown }) => {
      sockets.delete(socket);
      socket.close();
      // a refused websocket upgrade: ws says "Unexpected server response: 429" (or 403) in the description
      const description = error.description as { message?: unknown } | string | undefined;
      const why = typeof description === 'object' && description && typeof description.message === 'string' ? description.message : String(description ?? error.message);
      const status = /\b(\d{3})\b/.exec(why)?.[1];
      reject(new Error(status ? `handshake ${status}` : `handshake failed: ${why}`));
    });
  });
}

async function subscribeFlood(start: Extract<FloodRequest, { type: 'start' }>): Promise<void> {
  const one = async () => {
    let socket: Socket | null = null;
    while (!stopping) {
      try {
        if (socket && !socket.connected) {
          sockets.delete(socket); // closed by the server after its last answer
          socket.close();
          socket = null;
        }
        socket ??= await dial(start);
        const current = socket;
        // a socket the server closes is replaced at once (a hostile client does not wait for its ack to time out)
        const closed = new Promise<never>((_, reject) => current.once('disconnect', () => reject(new Error('closed by the server'))));
        closed.catch(() => undefined);
        const ack = await Promise.race([current.timeout(10_000).emitWithAck('subscribe', { hall: start.hall }), closed]);
        count(ack?.ok ? 'ack ok' : `ack ${ack?.error?.statusCode} ${ack?.error?.code}`);
        if (!ack?.ok && start.kind === 'subscribe-reconnect') {
          sockets.delete(socket);
          socket.close();
          socket = null;
        }
      } catch (error) {
        count(errorLabel(error));
        if (socket) {
          sockets.delete(socket);
          socket.close();
        }
        socket = null;
      }
    }
  };
  await Promise.all(Array.from({ length: start.concurrency }, one));
}

process.on('message', (request: FloodRequest) => {
  if (request.type === 'start') {
    stopping = false;
    requests = 0;
    connections = 0;
    outcomes = {};
    running = (request.kind === 'login' || request.kind === 'tickets' ? httpFlood(request) : subscribeFlood(request)).catch((error: unknown) => count(errorLabel(error)));
    send({ type: 'started' });
  } else if (request.type === 'stop') {
    stopping = true;
    void running.then(() => {
      for (const socket of sockets) socket.close();
      sockets.clear();
      send({ type: 'result', requests, outcomes, connections });
    });
  } else {
    for (const socket of sockets) socket.close();
    process.exit(0);
  }
});
process.on('disconnect', () => process.exit(0));
