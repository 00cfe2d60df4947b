import { Browser } from 'playwright-core';
import { pairingCode } from '../support/device-helpers';
import { MONDAY_MORNING, TestApp } from '../support/test-app';
import { DESKTOP, openPage, PHONE, queueApi, shot, TV, useAppAndBrowser, waitForText } from './support/browser';

// The whole 预约 journey against the real API (API.md "Appointments"): a resident books on the phone page,
// checks in at the kiosk and gets a 预约 ticket; once the slot has begun the clerk's call-next takes it before
// an earlier walk-in; the board, the ticket page and the console mark it; the supervision page counts it.
const KIOSK = { width: 1280, height: 1024 };
const MINUTE = 60_000;

describe('appointments: book on the phone, check in at the kiosk, called first', () => {
  let t: TestApp;
  let browser: Browser;
  useAppAndBrowser((app, chromium) => {
    t = app;
    browser = chromium;
  });
  afterEach(() => t.clock.set(MONDAY_MORNING));

  async function book(slot: string, phone: string, name: string): Promise<string> {
    const { page, errors, context } = await openPage(browser, `${t.url}/appointments/new?hall=TC`, { viewport: PHONE, isMobile: true });
    expect(await page.locator('#ap-days [aria-pressed="true"]').getAttribute('data-date')).toBe('2026-11-23'); // today
    await page.locator('#ap-queues [data-queue="A"]').click();
    const slotButton = page.locator('#ap-slots [data-start]', { hasText: slot });
    await slotButton.waitFor();
    expect(await page.locator('#ap-slots [data-start]', { hasText: '09:30–10:00' }).count()).toBe(0); // begun at 09:30: not offered
    expect(await slotButton.innerText()).toContain('余 4 个'); // the default capacity
    await slotButton.click();
    await page.locator('#ap-phone').fill(phone);
    await page.locator('#ap-name').fill(name);
    await page.locator('#ap-submit').click();
    await page.locator('#ap-done:not([hidden])').waitFor();
    const code = (await page.locator('#ap-done-code').innerText()).trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    await waitForText(page, '#ap-done-slot', new RegExp(`11月23日（周一）${slot}$`));
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('#ap-done-qr')?.naturalWidth ?? 0) > 0);
    await page.screenshot({ path: shot(`appointment-booked-${slot.slice(0, 2)}`), fullPage: true });

    // one active booking per phone per hall per day: a second one is refused in Chinese, and the slot shows a place fewer
    await page.locator('#ap-again').click();
    await page.locator('#ap-slots [data-start]', { hasText: slot }).filter({ hasText: '余 3 个' }).waitFor();
    await page.locator('#ap-slots [data-start]', { hasText: '11:00–11:30' }).click();
    await page.locator('#ap-submit').click();
    await waitForText(page, '#ap-problem', /^您当天在本大厅已有预约/);
    expect(errors.filter((e) => !e.startsWith('http 409'))).toEqual([]);
    await context.close();
    return code;
  }

  it('a booked resident checks in and is called before an earlier walk-in; every screen says 预约', async () => {
    const walkIn = await queueApi(t).issue('A'); // 09:30, before the booking's check-in
    expect(walkIn.number).toBe('A001');
    const code = await book('10:00–10:30', '13900009000', '张三');
    const lateCode = await book('14:00–14:30', '13900009001', '李四');

    // the kiosk (unpaired): code and phone; the 14:00 booking is too early to check in
    const kiosk = await openPage(browser, `${t.url}/kiosk/TC`, { viewport: KIOSK, allowStatus: [409] });
    const k = kiosk.page;
    await k.waitForFunction(() => document.body.dataset.hours === 'open');
    await k.locator('#checkin-open').click();
    await k.locator('#checkin-code').fill(lateCode);
    await k.locator('#checkin-phone').fill('13900009001');
    await k.keyboard.press('Enter');
    await waitForText(k, '#checkin-problem', '不在签到时间（预约时段前30分钟至开始后15分钟），请取普通号');
    await k.locator('#checkin-normal').click();
    await k.locator('#pick').waitFor({ state: 'visible' });

    await k.keyboard.press('F2'); // 09:30 is 30 minutes before 10:00: the window opens
    await k.locator('#checkin-code').fill(code.toLowerCase());
    await k.locator('#checkin-phone').fill('13900009000');
    await k.locator('#checkin-submit').click();
    await k.locator('#result:not([hidden])').waitFor();
    await waitForText(k, '#t-number', 'A002');
    expect(await k.locator('#t-appointment').isVisible()).toBe(true);
    await k.screenshot({ path: shot('appointment-kiosk-ticket') });
    const qr = new URL((await k.locator('#t-qr').getAttribute('src'))!, t.url);
    const ticketId = qr.pathname.match(/\/qr\/ticket\/(\d+)\.svg/)![1];
    const token = qr.searchParams.get('token')!;
    expect(kiosk.errors.filter((e) => !e.startsWith('http 409'))).toEqual([]);
    await kiosk.context.close();

    // 10:00, the slot has begun: the clerk's call-next takes the 预约 ticket before the earlier walk-in
    t.clock.set(MONDAY_MORNING + 30 * MINUTE);
    const board = await openPage(browser, `${t.url}/board/TC`, { viewport: TV });
    const ticketPage = await openPage(browser, `${t.url}/t/${ticketId}?token=${encodeURIComponent(token)}`, { viewport: PHONE, isMobile: true });
    await waitForText(ticketPage.page, '#tp-number', 'A002');
    expect(await ticketPage.page.locator('#tp-appointment').isVisible()).toBe(true);

    const con = await openPage(browser, `${t.url}/console/TC`, { viewport: DESKTOP });
    const c = con.page;
    await c.locator('#login-user').fill('clerk1');
    await c.locator('#login-pass').fill('demo1234');
    await c.locator('#login-form button').click();
    await c.locator('#cs-pick:not([hidden]) .window-card[data-window="1"]').click();
    await c.locator('#cs-work:not([hidden])').waitFor();
    await c.keyboard.press('o');
    await waitForText(c, '#w-status', '服务中');
    await c.keyboard.press('F1');
    await waitForText(c, '#tc-number', 'A002');
    expect(await c.locator('#tc-appointment').isVisible()).toBe(true);
    await c.screenshot({ path: shot('appointment-console') });

    await waitForText(board.page, '#now-number', 'A002预约');
    expect(await board.page.locator('#now .appt-badge').isVisible()).toBe(true);
    expect(await board.page.locator('#windows [data-window="1"] .appt-badge').isVisible()).toBe(true);
    await board.page.screenshot({ path: shot('appointment-board') });
    await ticketPage.page.waitForFunction(() => document.title.startsWith('【到号】')); // live on the resident's phone
    expect(await ticketPage.page.locator('#tp-appointment').isVisible()).toBe(true);

    // served and finished, the walk-in comes next, without the mark
    await c.keyboard.press('s');
    await waitForText(c, '#tc-status', '办理中');
    await c.keyboard.press('f');
    await c.locator('.toast', { hasText: '已办结 A002' }).waitFor();
    await c.keyboard.press('F1');
    await waitForText(c, '#tc-number', 'A001');
    expect(await c.locator('#tc-appointment').isHidden()).toBe(true);
    await waitForText(board.page, '#now-number', 'A001');
    expect(await board.page.locator('#recent-calls .appt-badge').count()).toBe(1); // A002 among the recent calls
    for (const p of [board, ticketPage, con]) {
      expect(p.errors).toEqual([]);
      await p.context.close();
    }

    // the supervision page counts the bookings: 2 booked, 1 checked in
    const sv = await openPage(browser, `${t.url}/supervision`, { viewport: DESKTOP, allowStatus: [401] });
    await sv.page.locator('#sv-login:not([hidden])').waitFor();
    await sv.page.locator('#sv-login-user').fill('supervisor');
    await sv.page.locator('#sv-login-pass').fill('demo1234');
    await sv.page.locator('#sv-login-form button[type=submit]').click();
    await waitForText(sv.page, '#sv-appt-totals [data-fig="booked"]', '2');
    await waitForText(sv.page, '#sv-appt-totals [data-fig="checkedIn"]', '1');
    await waitForText(sv.page, '#sv-appt-table tr[data-date="2026-11-23"][data-queue="A"] td:nth-child(3)', '2');
    await sv.page.locator('#sv-appt').screenshot({ path: shot('appointment-supervision') });
    expect(sv.errors).toEqual([]);
    await sv.context.close();
  });

  it('the booking page refuses a full slot in Chinese after an admin lowers the capacity', async () => {
    const admin = await t.login('admin');
    await t.http().put('/api/v1/halls/TC/queues/B/appointment-capacity').set({ Authorization: `Bearer ${admin}` }).send({ capacity: 1 }).expect(200);
    const { page, errors, context } = await openPage(browser, `${t.url}/appointments/new?hall=TC&date=2026-11-24`, { viewport: PHONE, isMobile: true, allowStatus: [409] });
    await page.locator('#ap-queues [data-queue="B"]').click();
    const slot = page.locator('#ap-slots [data-start]', { hasText: '09:00–09:30' });
    await slot.filter({ hasText: '余 1 个' }).waitFor();
    // someone else takes the last place meanwhile
    const start = await slot.getAttribute('data-start');
    await t.http().post('/api/v1/appointments').send({ hall: 'TC', queueCode: 'B', start, phone: '13900001234', name: '王五' }).expect(201);
    await slot.click();
    await page.locator('#ap-phone').fill('13900005678');
    await page.locator('#ap-name').fill('赵六');
    await page.locator('#ap-submit').click();
    await waitForText(page, '#ap-problem', '该时段已约满，请选择其他时段');
    await slot.filter({ hasText: '已约满' }).waitFor(); // the list is reloaded
    expect(await slot.isDisabled()).toBe(true);
    expect(errors.filter((e) => !e.startsWith('http 409'))).toEqual([]);
    await context.close();
  });

  it('a paired kiosk checks in by the scanned code alone (the scanner types it and Enter); twice is refused', async () => {
    const res = await t.http().post('/api/v1/appointments').send({ hall: 'TC', queueCode: 'C', start: '2026-11-23T10:00:00+08:00', phone: '13900007777', name: '孙七' }).expect(201);
    const code: string = res.body.code;
    const { pairingCode: pairing } = await pairingCode(t, 'kiosk');
    const { page, errors, context } = await openPage(browser, `${t.url}/kiosk/TC?pair=${pairing}`, { viewport: KIOSK, allowStatus: [409] });
    await page.locator('.priority:not([hidden])').waitFor(); // paired
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.type(code); // the scanner, with nothing focused
    await page.keyboard.press('Enter');
    await page.locator('#result:not([hidden])').waitFor();
    expect(await page.locator('#checkin-phone-row').isHidden()).toBe(true); // no phone asked at a paired kiosk
    await waitForText(page, '#t-number', 'C001');
    expect(await page.locator('#t-appointment').isVisible()).toBe(true);
    await page.locator('#done').click();

    await page.keyboard.press('F2');
    await page.locator('#checkin-code').fill(code);
    await page.keyboard.press('Enter');
    await waitForText(page, '#checkin-problem', '该预约已签到取号，请留意叫号；号票丢失请咨询大厅工作人员');
    expect(errors.filter((e) => !e.startsWith('http 409'))).toEqual([]);
    await context.close();
  });
});
