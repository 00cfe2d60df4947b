import { NotificationDriver, OutgoingNotification } from './notification-driver';
import { SIGNATURE_HEADER, webhookSignature } from './domain/webhook-signature';

export interface WebhookSettings {
  url: string;
  secret: string;
  timeoutMs: number;
}

/**
 * NOTIFY_DRIVER=webhook: POSTs `{id, kind, to, text, createdAt}` to the gateway, signed over the exact
 * bytes sent. Any answer but 2xx, a network error or no answer within the timeout is a failure.
 */
export class WebhookNotificationDriver extends NotificationDriver {
  constructor(private readonly settings: WebhookSettings) {
    super();
  }

  async send(message: OutgoingNotification, signal: AbortSignal): Promise<void> {
    const body = JSON.stringify({ id: message.id, kind: message.kind, to: message.to, text: message.text, createdAt: message.createdAt });
    const res = await fetch(this.settings.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8', [SIGNATURE_HEADER]: webhookSignature(body, this.settings.secret) },
      body,
      signal: AbortSignal.any([signal, AbortSignal.timeout(this.settings.timeoutMs)]),
      redirect: 'error',
    });
    await res.arrayBuffer().catch(() => undefined); // read to the end, so the connection is reused or closed
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  }
}
