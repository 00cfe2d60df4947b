import { hallSource } from '../../queue/view-models/hall-source.fixture';
import { PAD_TIMINGS, padViewModel } from './pad.view-model';

describe('padViewModel', () => {
  it('names the window and hall and tells the script where to rate', () => {
    const vm = padViewModel(hallSource(), 6, { rectificationDays: 5 })!;
    expect(vm.title).toBe('6号经济服务专窗 · 服务评价');
    expect(vm.windowName).toBe('6号经济服务专窗');
    expect(vm.client).toMatchObject({ hall: 'TC', window: 6, windowName: '6号经济服务专窗', timeZone: 'Asia/Shanghai' });
    expect(vm.client).not.toHaveProperty('roles');
    expect(vm.client.timings).toEqual(PAD_TIMINGS);
  });

  it('promises the configured rectification time after a bad review', () => {
    expect(padViewModel(hallSource(), 1, { rectificationDays: 3 })!.client.texts.thanksBad).toContain('3 个工作日');
  });

  it('is null for a window the hall does not have', () => {
    expect(padViewModel(hallSource(), 42, { rectificationDays: 5 })).toBeNull();
  });
});
