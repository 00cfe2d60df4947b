/**
 * A child process hosting some of the hall screens, so their message handling does not share an event
 * loop with the HTTP driver. Talks to the bench over the fork IPC channel:
 *   → {type:'connect', url, hall, count}   ← {type:'ready', connected, subscribed, errors}
 *   → {type:'collect'}                     ← {type:'results', screens:[{numbers, at, seqGaps, events}]}
 *   → {type:'close'}                       (disconnects and exits)
 * Receipt times are process.hrtime in ms: CLOCK_MONOTONIC, the same clock as the bench's send times.
 */
import { io, Socket } from 'socket.io-client';

interface ScreenLog {
  numbers: string[];
  at: number[];
  seqGaps: number;
  events: number;
}

export type WorkerRequest = { type: 'connect'; url: string; hall: string; count: number } | { type: 'collect' } | { type: 'close' };
export type WorkerReply =
  | { type: 'ready'; connected: number; subscribed: number; errors: string[] }
  | { type: 'results'; screens: ScreenLog[] };

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;
const sockets: Socket[] = [];
const logs: ScreenLog[] = [];

function send(reply: WorkerReply): void {
  process.send?.(reply);
}

async function connect(url: string, hall: string, count: number): Promise<void> {
  const errors: string[] = [];
  let connected = 0;
  let subscribed = 0;
  const one = (i: number) =>
    new Promise<void>((resolve) => {
      const log: ScreenLog = { numbers: [], at: [], seqGaps: 0, events: 0 };
      logs[i] = log;
      // forceNew: a real screen is its own device with its own connection, not a multiplexed one
      const socket = io(`${url}/realtime`, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 10_000 });
      sockets[i] = socket;
      let lastSeq = -1;
      const sequence = (seq: number) => {
        log.events++;
        if (lastSeq >= 0 && seq !== lastSeq + 1) log.seqGaps++;
        lastSeq = seq;
      };
      socket.on('ticket.called', (m: { number: string; seq: number }) => {
        log.at.push(nowMs());
        log.numbers.push(m.number);
        sequence(m.seq);
      });
      socket.on('board.updated', (m: { seq: number }) => sequence(m.seq));
      socket.once('connect_error', (e) => {
        errors.push(`screen ${i}: ${e.message}`);
        resolve();
      });
      socket.once('connect', () => {
        connected++;
        socket.timeout(10_000).emit('subscribe', { hall }, (err: Error | null, ack: { ok: boolean; seq: number; error?: unknown }) => {
          if (err || !ack?.ok) errors.push(`screen ${i}: subscribe ${err ? err.message : JSON.stringify(ack)}`);
          else {
            subscribed++;
            if (lastSeq < 0) lastSeq = ack.seq;
          }
          resolve();
        });
      });
    });
  // a few at a time, like screens powering up, rather than 200 handshakes in one burst
  for (let i = 0; i < count; i += 20) await Promise.all(Array.from({ length: Math.min(20, count - i) }, (_, k) => one(i + k)));
  send({ type: 'ready', connected, subscribed, errors: errors.slice(0, 5) });
}

process.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'connect') void connect(msg.url, msg.hall, msg.count);
  else if (msg.type === 'collect') send({ type: 'results', screens: logs });
  else if (msg.type === 'close') {
    for (const s of sockets) s?.disconnect();
    setTimeout(() => process.exit(0), 50);
  }
});
process.on('disconnect', () => process.exit(0)); // the bench went away: never linger
