// The one realtime client of the pages (Socket.IO namespace /realtime).
// Subscribing returns a snapshot; hall events carry a per-hall `seq`. Events that arrive while a
// subscription is pending are held and replayed after the snapshot; a seq that is not last+1 means
// something was missed, so the page re-subscribes and takes a fresh snapshot. Reconnects re-subscribe
// too. Handlers must apply events idempotently: a snapshot may already reflect the event that follows it.
import { io, type Socket } from 'socket.io-client';
import {
  REALTIME_NAMESPACE, SocketEvent, type ClientToServerEvents, type ServerEventName, type ServerEvents, type ServerToClientEvents,
  type SubscribeAck, type SubscribeRequest,
} from '../../../src/realtime/domain/socket-events';

const RESYNC_EVERY_MS = 5 * 60 * 1000; // also picks up the day change on screens left on overnight
const RETRY_MS = 3000;
const ACK_TIMEOUT_MS = 10000;

export type Subscription = SubscribeRequest;
export type ConnectionStatus = 'connecting' | 'live' | 'offline' | 'error';

/** Texts for a connection indicator. */
export const STATUS_TEXT: Record<ConnectionStatus, string> = {
  connecting: '正在连接…',
  live: '实时连接',
  offline: '连接中断，正在重连…',
  error: '同步失败，正在重试…',
};

export interface EventInfo {
  /** A seq was skipped before this event: a fresh snapshot is on its way. */
  gap: boolean;
}

/** Handlers by event name, each typed by the realtime contract (src/realtime/domain/socket-events.ts). */
export type Handlers = { [K in ServerEventName]?: (msg: ServerEvents[K], info: EventInfo) => void };

export interface RealtimeOptions<S> {
  subscription: Subscription;
  /** Staff rooms: the token is checked when the socket connects. */
  token?: () => string | null;
  onSnapshot: (snapshot: S, info: { first: boolean }) => void;
  on?: Handlers;
  /** Events that carry the hall's `seq`: held while subscribing, checked for gaps. Others are handled as they come. */
  sequenced?: Array<typeof SocketEvent.TICKET_CALLED | typeof SocketEvent.BOARD_UPDATED>;
  onStatus?: (status: ConnectionStatus, detail?: string) => void;
  /** The server refused the token at connection (expired or revoked sign-in). */
  onUnauthorized?: () => void;
  /** Re-subscribe this often even without a gap (hall screens left on overnight). */
  resyncEveryMs?: number;
}

export interface RealtimeConnection {
  resync(): void;
  close(): void;
}

export function connectRealtime<S>(options: RealtimeOptions<S>): RealtimeConnection {
  const { subscription, onSnapshot, onStatus, onUnauthorized } = options;
  const handlers = options.on ?? {};
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(REALTIME_NAMESPACE, { transports: ['websocket', 'polling'], auth: options.token ? (cb) => cb({ token: options.token?.() }) : undefined });
  let lastSeq: number | null = null;
  let pending: Array<{ event: ServerEventName; msg: { seq?: unknown } }> | null = null; // held while a subscription is in flight
  let retry: ReturnType<typeof setTimeout> | undefined;
  let generations = 0;
  let snapshots = 0;

  const report = (status: ConnectionStatus, detail?: string) => onStatus?.(status, detail);

  // force: start over even if a subscription is in flight (after a reconnect its ack is lost).
  function subscribe(force = false): void {
    if (!socket.connected) return;
    if (pending && !force) return;
    const generation = ++generations;
    pending = pending ?? [];
    clearTimeout(retry);
    socket.timeout(ACK_TIMEOUT_MS).emit(SocketEvent.SUBSCRIBE, subscription, (err: Error | null, ack?: SubscribeAck) => {
      if (generation !== generations) return; // superseded by a newer subscription
      if (err || !ack?.ok) {
        report('error', ack && !ack.ok ? ack.error.message : '订阅失败');
        retry = setTimeout(() => subscribe(true), RETRY_MS);
        return;
      }
      const { ok: _ok, ...snapshot } = ack;
      lastSeq = 'seq' in snapshot && typeof snapshot.seq === 'number' ? snapshot.seq : null;
      const held = (pending ?? []).sort((a, b) => Number(a.msg.seq ?? 0) - Number(b.msg.seq ?? 0));
      pending = null;
      onSnapshot(snapshot as S, { first: snapshots++ === 0 });
      report('live');
      held.forEach(({ event, msg }) => receive(event, msg));
    });
  }

  function deliver(event: ServerEventName, msg: unknown, info: EventInfo): void {
    (handlers[event] as ((m: unknown, i: EventInfo) => void) | undefined)?.(msg, info);
  }

  function receive(event: ServerEventName, msg: { seq?: unknown }): void {
    if (pending) {
      pending.push({ event, msg });
      return;
    }
    if (lastSeq === null || typeof msg.seq !== 'number') return;
    if (msg.seq <= lastSeq) return; // already in the snapshot we hold
    const gap = msg.seq !== lastSeq + 1;
    lastSeq = msg.seq;
    deliver(event, msg, { gap });
    if (gap) subscribe(); // missed something: become whole again
  }

  socket.on('connect', () => {
    report('connecting');
    subscribe(true);
  });
  socket.on('disconnect', (reason) => {
    report('offline');
    // the client reconnects by itself except when the server closed the socket on purpose
    // (a signed-in socket retries at once: a revoked sign-in is then refused and the page asks for a new one)
    if (reason === 'io server disconnect') setTimeout(() => socket.connect(), options.token ? 200 : RETRY_MS);
  });
  socket.on('connect_error', (err: Error & { data?: { statusCode?: number } }) => {
    report('offline');
    if (err?.data?.statusCode === 401) onUnauthorized?.();
  });
  // a sequenced event is listened to even without a handler: its seq must be seen, or the next event looks like a gap
  const sequenced = new Set<ServerEventName>(options.sequenced ?? []);
  for (const event of new Set([...(Object.keys(handlers) as ServerEventName[]), ...sequenced])) {
    const listener = (msg: { seq?: unknown }) => (sequenced.has(event) ? receive(event, msg ?? {}) : deliver(event, msg, { gap: false }));
    socket.on(event, listener as ServerToClientEvents[typeof event]);
  }

  const timer = setInterval(() => subscribe(), options.resyncEveryMs ?? RESYNC_EVERY_MS);
  const onVisible = () => document.visibilityState === 'visible' && subscribe();
  document.addEventListener('visibilitychange', onVisible);

  return {
    resync: () => subscribe(),
    close() {
      clearInterval(timer);
      clearTimeout(retry);
      document.removeEventListener('visibilitychange', onVisible);
      socket.close();
    },
  };
}
