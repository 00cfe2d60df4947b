import { createHmac, timingSafeEqual } from 'crypto';

export const SIGNATURE_HEADER = 'X-OneWindow-Signature';

/** `sha256=` + the hex HMAC-SHA256 of the exact body bytes, keyed with NOTIFY_WEBHOOK_SECRET. */
export function webhookSignature(body: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** What a receiver does: recompute over the bytes it got and compare in constant time. */
export function isValidWebhookSignature(body: string | Buffer, secret: string, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(webhookSignature(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
