import { isValidWebhookSignature, webhookSignature } from './webhook-signature';

const SECRET = 'notify-secret-0123456789';

describe('webhook signature', () => {
  it('matches a known HMAC-SHA256 (RFC 4231, test case 2)', () => {
    expect(webhookSignature('what do ya want for nothing?', 'Jefe')).toBe('sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  });

  it('is over the exact bytes: the same JSON spelled differently signs differently', () => {
    const a = '{"id":1,"kind":"ticket_near"}';
    const b = '{"kind":"ticket_near","id":1}';
    expect(webhookSignature(a, SECRET)).not.toBe(webhookSignature(b, SECRET));
    expect(webhookSignature(Buffer.from(a, 'utf8'), SECRET)).toBe(webhookSignature(a, SECRET));
  });

  it.each([
    ['the right signature', (body: string) => webhookSignature(body, SECRET), true],
    ['another key', (body: string) => webhookSignature(body, 'another-secret-000000'), false],
    ['another body', () => webhookSignature('{}', SECRET), false],
    ['no header', () => undefined, false],
    ['a truncated header', (body: string) => webhookSignature(body, SECRET).slice(0, 20), false],
  ])('a receiver accepts %s: %p', (_, header, valid) => {
    const body = JSON.stringify({ id: 1, text: '【OneWindow】您的号码 A012 前面还有 3 人，请留意叫号。' });
    expect(isValidWebhookSignature(body, SECRET, header(body))).toBe(valid);
  });
});
