import { ADMIN_PAGES, adminHallsViewModel } from './admin-halls.view-model';

describe('admin pages', () => {
  it('the landing page links every admin page once', () => {
    const hrefs = ADMIN_PAGES.map((p) => p.href);
    expect(hrefs).toEqual(['/admin/halls', '/admin/users', '/admin/devices', '/admin/catalog', '/admin/calendar', '/admin/audit']);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('a new hall starts with the default opening hours, as a copy', () => {
    const a = adminHallsViewModel().client.defaultOpeningHours;
    a[0].from = '07:00';
    expect(adminHallsViewModel().client.defaultOpeningHours[0]).toEqual({ from: '08:30', to: '12:00' });
  });
});
