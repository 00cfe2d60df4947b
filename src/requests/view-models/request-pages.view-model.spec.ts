import { gridPageViewModel, parseRequestRef, reportHallChoiceViewModel, reportPageViewModel, requestLookupViewModel, requestPosterViewModel, requestStatusPath, requestStatusViewModel } from './request-pages.view-model';

const TC = { code: 'TC', name: '天池街道便民服务中心' };

describe('parseRequestRef', () => {
  it.each([
    ['STC202612030001', 'K7M2QP', { requestNumber: 'STC202612030001', code: 'K7M2QP' }],
    [' stc202612030001 ', 'k7m2qp', { requestNumber: 'STC202612030001', code: 'K7M2QP' }],
  ])('accepts %j / %j', (n, c, expected) => {
    expect(parseRequestRef(n, c)).toEqual(expected);
  });

  it.each([
    ['TC202612030001', 'K7M2QP'], // a case number, not a request's
    ['STC202612030001', 'K7M2Q'],
    ['STC202612030001', undefined],
    [undefined, 'K7M2QP'],
    [['STC202612030001'], 'K7M2QP'],
    ['S<b>202612030001', 'K7M2QP'],
  ])('refuses %j / %j', (n, c) => {
    expect(parseRequestRef(n, c)).toBeNull();
  });

  it('builds the status address', () => {
    expect(requestStatusPath({ requestNumber: 'STC202612030001', code: 'K7M2QP' })).toBe('/requests/status/STC202612030001?code=K7M2QP');
  });
});

describe('request pages', () => {
  it('report page: one hall, its own draft', () => {
    expect(reportPageViewModel(TC)).toEqual({ title: '我要反映 · 天池街道便民服务中心', hallName: TC.name, client: { halls: [TC], draftKey: 'onewindow.request-draft.TC' } });
  });

  it('hall choice links to each hall', () => {
    expect(reportHallChoiceViewModel([TC]).halls).toEqual([{ name: TC.name, href: '/requests/new?hall=TC' }]);
  });

  it('status page embeds only the reference', () => {
    expect(requestStatusViewModel({ requestNumber: 'STC202612030001', code: 'K7M2QP' }).client).toEqual({ requestNumber: 'STC202612030001', code: 'K7M2QP' });
  });

  it('lookup says what is wrong only after a try', () => {
    expect(requestLookupViewModel({ requestNumber: '', code: '' }, 'none').lookup.missing).toBeNull();
    expect(requestLookupViewModel({ requestNumber: 'x', code: '' }, 'invalid').lookup.missing).toContain('格式不正确');
  });

  it('poster points at its own QR image', () => {
    expect(requestPosterViewModel(TC, 'http://h/requests/new?hall=TC')).toMatchObject({ qrSrc: '/qr/requests/TC.svg', reportUrl: 'http://h/requests/new?hall=TC' });
  });

  it('grid page offers 网格员上报 and 巡查上报 to grid accounts', () => {
    const vm = gridPageViewModel([TC]);
    expect(vm.client.roles).toEqual(['grid']);
    expect(vm.client.sources).toEqual([
      { value: 'grid', label: '网格员上报' },
      { value: 'patrol', label: '巡查上报' },
    ]);
  });
});
