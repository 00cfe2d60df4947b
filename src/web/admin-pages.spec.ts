import { ADMIN_PAGES, adminNavLinks } from './admin-pages';

describe('admin pages', () => {
  it('the landing page links every admin page once', () => {
    const hrefs = ADMIN_PAGES.map((p) => p.href);
    expect(hrefs).toEqual(['/admin/halls', '/admin/users', '/admin/devices', '/admin/catalog', '/admin/request-categories', '/admin/calendar', '/admin/audit', '/admin/notifications']);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it.each([
    ['/admin/halls', '/admin/halls'],
    ['/admin/audit', '/admin/audit'],
    ['/admin', '/admin'],
    ['/elsewhere', null],
  ])('the navigation of %s marks %s as current', (page, marked) => {
    const links = adminNavLinks(page);
    expect(links.map((l) => l.href)).toEqual(['/admin', ...ADMIN_PAGES.map((p) => p.href), '/']);
    expect(links.filter((l) => l.current).map((l) => l.href)).toEqual(marked ? [marked] : []);
  });
});
