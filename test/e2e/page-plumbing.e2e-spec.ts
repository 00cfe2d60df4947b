import { EXCEPTION_FILTERS_METADATA, INTERCEPTORS_METADATA, RENDER_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { PageErrorFilter } from '../../src/web/page-error.filter';
import { PageHeadersInterceptor } from '../../src/web/page-headers.interceptor';
import { expectPageCsp } from '../support/page-csp';
import { createTestApp, TestApp } from '../support/test-app';

/** Every page, whichever feature owns it, goes through the same plumbing (the PageController decorator). */
describe('page plumbing (e2e)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  /** Controllers with at least one @Render route, by name. */
  function pageControllers(): Array<{ name: string; metatype: object }> {
    const found = new Map<string, object>();
    for (const module of t.app.get(ModulesContainer).values()) {
      for (const wrapper of module.controllers.values()) {
        const proto = (wrapper.metatype as { prototype?: object } | null)?.prototype;
        if (!proto) continue;
        const renders = Object.getOwnPropertyNames(proto).some((key) => key !== 'constructor' && Reflect.getMetadata(RENDER_METADATA, (proto as Record<string, object>)[key]) !== undefined);
        if (renders) found.set(wrapper.name as string, wrapper.metatype as object);
      }
    }
    return [...found].map(([name, metatype]) => ({ name, metatype }));
  }

  it('finds the page controllers of every feature', () => {
    expect(pageControllers().map((c) => c.name).sort()).toEqual([
      'AdminCalendarController',
      'AppointmentPagesController',
      'AuditPagesController',
      'AuthPagesController',
      'CasePagesController',
      'CatalogPagesController',
      'ConsolePageController',
      'DevicePagesController',
      'DispatchPagesController',
      'HallsPagesController',
      'NotificationPagesController',
      'QueuePagesController',
      'RatingPagesController',
      'ReportsPagesController',
      'RequestAdminPagesController',
      'RequestPagesController',
      'SupervisionPagesController',
    ]);
  });

  it('each one answers errors with the page error filter and sets the page headers', () => {
    for (const { name, metatype } of pageControllers()) {
      expect({ name, filters: Reflect.getMetadata(EXCEPTION_FILTERS_METADATA, metatype) }).toEqual({ name, filters: [PageErrorFilter] });
      expect({ name, interceptors: Reflect.getMetadata(INTERCEPTORS_METADATA, metatype) }).toEqual({ name, interceptors: [PageHeadersInterceptor] });
    }
  });

  it.each([
    ['/', 200],
    ['/kiosk/TC', 200],
    ['/console/TC', 200],
    ['/pad/TC/1', 200],
    ['/inbox', 200],
    ['/catalog', 200],
    ['/supervision', 200],
    ['/admin/calendar', 200],
    ['/admin/audit', 200],
    ['/admin/notifications', 200],
    ['/admin', 200],
    ['/admin/halls', 200],
    ['/admin/users', 200],
    ['/admin/devices', 200],
    ['/admin/request-categories', 200],
    ['/reports', 200],
    ['/reports/ranking', 200],
    ['/reports/monthly', 200],
    ['/reports/monthly?hall=TC&month=2026-10', 200],
    ['/appointments/new?hall=TC', 200],
    ['/kiosk/NOPE', 404],
    ['/console/NOPE', 404],
    ['/pad/TC/999', 404],
    ['/inbox/NOPE', 404],
    ['/catalog/items/NOPE', 404],
    ['/admin/calendar/1', 400],
    ['/reports/monthly?month=2026-13', 400],
    ['/reports/monthly?hall=NOPE', 404],
  ])('%s → %i, HTML with the page headers', async (path, status) => {
    const res = await t.http().get(path).expect(status);
    expect(res.headers['content-type']).toContain('text/html');
    expectPageCsp(res);
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    if (status !== 200) expect(res.text).toContain(`<p class="error-code">${status}</p>`);
  });
});
