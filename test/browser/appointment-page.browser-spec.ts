import { Browser, Page, Route } from 'playwright-core';
import { MONDAY_MORNING, TestApp } from '../support/test-app';
import { openPage, PHONE, shot, useAppAndBrowser, waitForText } from './support/browser';

// The booking page against the contract (API.md "Appointments"): the slot list, booking and cancelling are
// answered here by a stand-in of the API, so each answer (full, already booked, blocked…) can be chosen.
// appointments.browser-spec.ts runs the whole journey against the real API.
const SLOTS = [
  { start: '2026-11-24T00:30:00.000Z', end: '2026-11-24T01:00:00.000Z', capacity: 4, booked: 4 }, // 08:30, full
  { start: '2026-11-24T01:00:00.000Z', end: '2026-11-24T01:30:00.000Z', capacity: 4, booked: 1 }, // 09:00
  { start: '2026-11-24T01:30:00.000Z', end: '2026-11-24T02:00:00.000Z', capacity: 4, booked: 0 }, // 09:30
];

interface Stand {
  slotCalls: string[];
  bookings: unknown[];
  cancels: Array<{ code: string; body: unknown }>;
  bookAnswer: { status: number; body: unknown };
}

async function standIn(page: Page): Promise<Stand> {
  const stand: Stand = { slotCalls: [], bookings: [], cancels: [], bookAnswer: { status: 201, body: { id: 7, code: 'AB23CD45', start: SLOTS[1].start, end: SLOTS[1].end } } };
  const json = (route: Route, status: number, body: unknown) => route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });
  await page.route('**/api/v1/halls/TC/appointment-slots?*', (route) => {
    stand.slotCalls.push(new URL(route.request().url()).search);
    return json(route, 200, SLOTS);
  });
  await page.route('**/api/v1/appointments', (route) => {
    stand.bookings.push(route.request().postDataJSON());
    return json(route, stand.bookAnswer.status, stand.bookAnswer.body);
  });
  await page.route('**/api/v1/appointments/*/cancel', (route) => {
    const code = new URL(route.request().url()).pathname.split('/')[4];
    stand.cancels.push({ code, body: route.request().postDataJSON() });
    return code === 'AB23CD45' ? json(route, 200, { ok: true }) : json(route, 404, { statusCode: 404, code: 'APPOINTMENT_NOT_FOUND', message: 'not found' });
  });
  return stand;
}

describe('booking page (/appointments/new)', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });

  it('offers the working days, preselects the asked day, disables full slots, books and shows the code with its QR; cancels', async () => {
    expect(t.clock.now()).toBe(MONDAY_MORNING);
    const { page, errors, context } = await openPage(browser, 'about:blank', { viewport: PHONE, isMobile: true, allowStatus: [403, 404, 409, 422, 429] }); // the answers chosen below
    const stand = await standIn(page);
    await page.goto(`${t.url}/appointments/new?hall=TC&date=2026-11-24&kiosk=1`);
    expect(await page.locator('.ap-back').getAttribute('href')).toBe('/kiosk/TC');
    const days = await page.locator('#ap-days [data-date]').evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.date));
    expect(days).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-30']); // Monday to the next Monday, no weekend
    expect(await page.locator('#ap-days [aria-pressed="true"]').getAttribute('data-date')).toBe('2026-11-24');
    await waitForText(page, '#ap-days [data-date="2026-11-23"] small', '今天');

    await page.locator('#ap-queues [data-queue="A"]').click();
    await page.locator('#ap-slots [data-start]').first().waitFor();
    expect(stand.slotCalls).toEqual(['?queueCode=A&date=2026-11-24']);
    const rows = await page.locator('#ap-slots [data-start]').evaluateAll((bs) => bs.map((b) => [b.textContent, (b as HTMLButtonElement).disabled]));
    expect(rows).toEqual([
      ['08:30–09:00已约满', true],
      ['09:00–09:30余 3 个', false],
      ['09:30–10:00余 4 个', false],
    ]);

    // nothing is sent until the form is complete
    await page.locator('#ap-submit').click();
    await waitForText(page, '#ap-problem', '请选择预约时段');
    await page.locator(`#ap-slots [data-start="${SLOTS[1].start}"]`).click();
    await page.locator('#ap-phone').fill('1390000');
    await page.locator('#ap-name').fill('张三');
    await page.locator('#ap-submit').click();
    await waitForText(page, '#ap-problem', '请输入 11 位手机号码');
    expect(stand.bookings).toEqual([]);

    // the server's stable codes in Chinese
    await page.locator('#ap-phone').fill('13900009000');
    for (const [status, code, text] of [
      [409, 'SLOT_FULL', '该时段已约满'],
      [409, 'ALREADY_BOOKED', '您当天在本大厅已有预约'],
      [422, 'SLOT_UNAVAILABLE', '该时段已不可预约'],
      [403, 'BOOKING_BLOCKED', '多次预约未到'],
      [429, 'RATE_LIMITED', '操作过于频繁'],
    ] as const) {
      stand.bookAnswer = { status, body: { statusCode: status, code, message: 'english' } };
      await page.locator(`#ap-slots [data-start="${SLOTS[1].start}"]`).click();
      await page.locator('#ap-submit').click();
      await waitForText(page, '#ap-problem', new RegExp(text));
    }

    stand.bookAnswer = { status: 201, body: { id: 7, code: 'AB23CD45', start: SLOTS[1].start, end: SLOTS[1].end } };
    await page.locator(`#ap-slots [data-start="${SLOTS[1].start}"]`).click();
    await page.locator('#ap-submit').click();
    await page.locator('#ap-done:not([hidden])').waitFor();
    expect(stand.bookings.at(-1)).toEqual({ hall: 'TC', queueCode: 'A', start: SLOTS[1].start, phone: '13900009000', name: '张三' });
    await waitForText(page, '#ap-done-code', 'AB23CD45');
    await waitForText(page, '#ap-done-slot', /11月24日（周二）09:00–09:30$/);
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('#ap-done-qr')?.naturalWidth ?? 0) > 0); // our own QR route
    expect(await page.locator('#ap-done').innerText()).toContain('预约签到');
    await page.screenshot({ path: shot('appointment-booked'), fullPage: true });

    // cancel: a wrong phone is refused in Chinese, the right one cancels
    page.on('dialog', (d) => void d.accept());
    expect(await page.locator('#ap-cancel-code').inputValue()).toBe('AB23CD45');
    await page.locator('#ap-cancel-code').fill('zz23cd45');
    await page.locator('#ap-cancel-phone').fill('13900009000');
    await page.locator('#ap-cancel').click();
    await waitForText(page, '#ap-cancel-problem', '未找到该预约，请核对预约码和手机号');
    await page.locator('#ap-cancel-code').fill('ab23-cd45');
    await page.locator('#ap-cancel').click();
    await waitForText(page, '.toast', '预约 AB23CD45 已取消');
    expect(stand.cancels.map((c) => c.code)).toEqual(['ZZ23CD45', 'AB23CD45']);
    expect(stand.cancels[1].body).toEqual({ phone: '13900009000' });
    expect(await page.locator('#ap-book').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unknown hall is a friendly 404 page', async () => {
    const { page, context } = await openPage(browser, `${t.url}/appointments/new?hall=NOPE`, { allowStatus: [404] });
    expect(await page.locator('body').innerText()).toContain('NOPE 不存在');
    await context.close();
  });
});
