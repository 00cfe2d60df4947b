import { bearer, createTestApp, TestApp } from '../support/test-app';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('health, issue, call', async () => {
    await t.http().get('/health').expect(200);
    const issued = await t.http().post('/api/v1/halls/TC/tickets').send({ queueCode: 'A' }).expect(201);
    expect(issued.body.number).toBe('A001');
    const token = await t.login('clerk1');
    await t.http().post('/api/v1/halls/TC/windows/1/open').set(bearer(token)).expect(200);
    const called = await t.http().post('/api/v1/halls/TC/windows/1/call-next').set(bearer(token)).expect(200);
    expect(called.body.ticket.number).toBe('A001');
    const board = await t.http().get('/api/v1/halls/TC/board').expect(200);
    expect(board.body.recentCalls).toEqual([{ number: 'A001', windowNumber: 1, calledAt: '2026-11-23T09:30:00+08:00', recall: false }]);
  });
});
