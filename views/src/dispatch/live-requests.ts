// The request events of a room, folded into one debounced reload: a burst of events (a dispatch to three
// departments sends several) costs one list fetch. New reports are remembered so the page can flash them.
import type { RequestChangeMessage } from '../../../src/requests/domain/request-views';
import type { SubscribeRequest } from '../../../src/realtime/domain/socket-events';
import { session } from '../lib/api';
import { connectRealtime, type ConnectionStatus, type RealtimeConnection } from '../lib/realtime';

export interface LiveRequestsOptions {
  subscription: SubscribeRequest;
  debounceMs?: number;
  /** Runs once per burst with the ids reported (request.reported) and changed in it. */
  onChange: (change: { reported: Set<number>; changed: Set<number> }) => void;
  /** After a reconnect: the list may have missed events. */
  onResync: () => void;
  onStatus: (status: ConnectionStatus) => void;
  onUnauthorized: () => void;
}

export function watchRequests(options: LiveRequestsOptions): RealtimeConnection {
  let reported = new Set<number>();
  let changed = new Set<number>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const note = (fresh: boolean) => (msg: RequestChangeMessage) => {
    (fresh ? reported : changed).add(msg.requestId);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const burst = { reported, changed };
      reported = new Set();
      changed = new Set();
      options.onChange(burst);
    }, options.debounceMs ?? 250);
  };
  const live = connectRealtime({
    subscription: options.subscription,
    token: () => session.token(),
    onSnapshot: (_ack, { first }) => {
      if (!first) options.onResync();
    },
    on: {
      'request.reported': note(true),
      'request.assigned': note(false),
      'request.updated': note(false),
      'request.warning': note(false),
    },
    onStatus: options.onStatus,
    onUnauthorized: options.onUnauthorized,
  });
  return {
    resync: () => live.resync(),
    close() {
      clearTimeout(timer);
      live.close();
    },
  };
}
