import { DomainError } from '../../common/domain-error';
import { FIGURE_DEFINITIONS, supervisionPageViewModel } from './supervision-page.view-model';

const HALLS = [
  { code: 'TC', name: '桐城街道党群服务中心', timeZone: 'Asia/Shanghai' },
  { code: 'XH', name: '西湖社区服务站', timeZone: 'Asia/Shanghai' },
];
const DEPARTMENTS = [{ code: 'GG', name: '公共服务办公室' }, { code: 'ZL', name: '社会治理办公室' }];

describe('supervisionPageViewModel', () => {
  it('watches the first hall by default and offers the others', () => {
    const vm = supervisionPageViewModel(HALLS, DEPARTMENTS, null);
    expect(vm.title).toBe('电子监察 · 桐城街道党群服务中心');
    expect(vm.hall).toEqual({ code: 'TC', name: '桐城街道党群服务中心' });
    expect(vm.showHallSwitch).toBe(true);
    expect(vm.halls.map((h) => [h.href, h.current])).toEqual([['/supervision?hall=TC', true], ['/supervision?hall=XH', false]]);
    expect(vm.client).toMatchObject({ hall: 'TC', timeZone: 'Asia/Shanghai', departments: DEPARTMENTS, debounceMs: 300 });
  });

  it.each([
    ['XH', 'XH'],
    ['', 'TC'],
  ])('takes ?hall=%j → %s', (asked, code) => {
    expect(supervisionPageViewModel(HALLS, DEPARTMENTS, asked).client.hall).toBe(code);
  });

  it('is a 404 for an unknown hall, or when no hall is set up', () => {
    for (const [halls, asked] of [[HALLS, 'NOPE'], [[], null]] as const) {
      try {
        supervisionPageViewModel(halls, DEPARTMENTS, asked);
        throw new Error('expected a 404');
      } catch (e) {
        expect(e).toBeInstanceOf(DomainError);
        expect((e as DomainError).status).toBe(404);
      }
    }
  });

  it('labels every light, period and figure in Chinese, with a definition for each figure', () => {
    const vm = supervisionPageViewModel(HALLS.slice(0, 1), DEPARTMENTS, null);
    expect(vm.showHallSwitch).toBe(false);
    expect(vm.lights.map((l) => l.id)).toEqual(['green', 'yellow', 'red', 'red_plus']);
    expect(vm.periods.map((p) => p.label)).toEqual(['日', '周', '月']);
    expect(vm.figures.map((f) => f.id)).toEqual(['onTime', 'duration', 'satisfaction', 'rectification', 'oneVisit']);
    for (const f of FIGURE_DEFINITIONS) expect(f.definition.length).toBeGreaterThan(20);
  });
});
