import { io, Socket } from 'socket.io-client';

export function connect(url: string, token?: string): Promise<Socket> {
  const socket = io(`${url}/realtime`, { transports: ['websocket'], forceNew: true, reconnection: false, auth: token ? { token } : undefined });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export function subscribe(socket: Socket, body: unknown): Promise<any> {
  return socket.timeout(5000).emitWithAck('subscribe', body);
}

/** Resolves with the next `event` whose payload satisfies `match`. */
export function nextEvent<T = any>(socket: Socket, event: string, match: (payload: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

/** Everything a socket receives, in order, for assertions on sequences. */
export function record(socket: Socket): Array<{ event: string; payload: any }> {
  const seen: Array<{ event: string; payload: any }> = [];
  socket.onAny((event, payload) => seen.push({ event, payload }));
  return seen;
}

/** Resolves with the reason when the server closes the socket; rejects if it is still open after `timeoutMs`. */
export function disconnected(socket: Socket, timeoutMs = 5000): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket still connected after ${timeoutMs} ms`)), timeoutMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}
