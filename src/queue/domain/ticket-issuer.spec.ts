import { issueRefusal, TicketIssuer } from './ticket-issuer';

describe('issueRefusal', () => {
  const kiosk: TicketIssuer = { kind: 'kiosk', hall: 'TC' };
  it.each<[string, TicketIssuer, string, boolean, string | null]>([
    ['anonymous normal', { kind: 'anonymous' }, 'TC', false, null],
    ['anonymous priority', { kind: 'anonymous' }, 'TC', true, 'PRIORITY_NEEDS_DEVICE'],
    ['staff priority', { kind: 'staff' }, 'TC', true, null],
    ['kiosk priority at its hall', kiosk, 'TC', true, null],
    ['kiosk priority, hall in lower case', kiosk, 'tc', true, null],
    ['kiosk normal at its hall', kiosk, 'TC', false, null],
    ['kiosk at another hall', kiosk, 'XX', false, 'DEVICE_WRONG_PLACE'],
    ['kiosk priority at another hall', kiosk, 'XX', true, 'DEVICE_WRONG_PLACE'],
  ])('%s', (_name, issuer, hall, priority, refusal) => expect(issueRefusal(issuer, hall, priority)).toBe(refusal));
});
