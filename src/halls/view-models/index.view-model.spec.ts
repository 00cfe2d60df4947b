import { indexViewModel } from './index.view-model';

describe('indexViewModel', () => {
  it('links every page of every hall, one window screen per window', () => {
    const vm = indexViewModel([{ code: 'TC', name: '桐城', windows: [{ number: 1, name: '1号综合窗口' }, { number: 5, name: '5号专窗' }] }]);
    expect(vm.halls).toHaveLength(1);
    expect(vm.halls[0].links.map((l) => l.href)).toEqual([
      '/kiosk/TC', '/board/TC', '/console/TC', '/inbox', '/c', '/rectifications', '/supervision?hall=TC', '/reports', '/reports/ranking', '/catalog', '/catalog/tv', '/admin/catalog', '/admin/calendar', '/admin/audit', '/admin/devices',
    ]);
    for (const link of vm.halls[0].links) expect([link.href, Boolean(link.label), Boolean(link.hint)]).toEqual([link.href, true, true]);
    expect(vm.halls[0].windowLinks).toEqual([
      { href: '/window/TC/1', label: '1号综合窗口' },
      { href: '/window/TC/5', label: '5号专窗' },
    ]);
    expect(vm.halls[0].padLinks).toEqual([
      { href: '/pad/TC/1', label: '1号综合窗口评价器' },
      { href: '/pad/TC/5', label: '5号专窗评价器' },
    ]);
    expect(vm.statusPageHint).toContain('/t/');
    expect(vm.setupHints.join()).toContain('/pad/');
    expect(vm.setupHints.join()).toContain('?print=1');
    expect(vm.halls[0].pairingLinks).toEqual([]); // only in demo mode, when the page is given them
  });

  it('offers the demo devices’ pairing links it is given (SEED=demo), per hall', () => {
    const vm = indexViewModel(
      [{ code: 'TC', name: '桐城', windows: [] }, { code: 'XH', name: '西湖', windows: [] }],
      { TC: [{ name: '大厅自助取号机', pairingCode: 'ABCDEFGH', pairingPath: '/kiosk/TC?pair=ABCDEFGH' }] },
    );
    expect(vm.halls.map((h) => h.pairingLinks)).toEqual([[{ href: '/kiosk/TC?pair=ABCDEFGH', label: '大厅自助取号机', code: 'ABCDEFGH' }], []]);
  });

  it('lists nothing for no halls', () => {
    expect(indexViewModel([]).halls).toEqual([]);
  });
});
