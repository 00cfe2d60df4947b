/** What a driver is handed: the body of the webhook, field for field. */
export interface OutgoingNotification {
  id: number;
  kind: string;
  /** The full phone: the gateway needs it (logs mask it). */
  to: string;
  text: string;
  /** ISO-8601 with offset. */
  createdAt: string;
}

/** Delivers one message; throws when it was not taken (the sender retries it later). */
export abstract class NotificationDriver {
  abstract send(message: OutgoingNotification, signal: AbortSignal): Promise<void>;
}
