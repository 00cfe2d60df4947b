import { formatRequestNumber, publicTimeline, REQUEST_STATUS_TEXT } from './request-public';
import { REQUEST_STATUSES } from './request-state';

describe('request numbers', () => {
  it.each([
    ['TC', '2026-12-03', 1, 'STC202612030001'],
    ['TC', '2026-12-03', 42, 'STC202612030042'],
    ['WS', '2027-01-01', 12345, 'SWS2027010112345'],
  ])('%s %s #%d → %s', (hall, date, serial, number) => {
    expect(formatRequestNumber(hall, date, serial)).toBe(number);
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses serial %s', (serial) => {
    expect(() => formatRequestNumber('TC', '2026-12-03', serial)).toThrow(RangeError);
  });
});

describe('the public view of a request', () => {
  it('has a plain Chinese text for every status', () => {
    for (const s of REQUEST_STATUSES) expect(REQUEST_STATUS_TEXT[s]).toMatch(/^[\u4e00-\u9fff，]+$/);
  });

  it('tells the steps in time order, naming departments and never people', () => {
    const timeline = publicTimeline([
      { at: 3, action: 'claim', toStatus: 'in_progress', departmentName: '区域发展办公室' },
      { at: 1, action: 'report', toStatus: 'reported' },
      { at: 2, action: 'dispatch', toStatus: 'dispatched', departmentName: '区域发展办公室' },
      { at: 4, action: 'return', toStatus: 'returned' },
      { at: 5, action: 'dispatch', toStatus: 'dispatched', departmentName: null },
      { at: 6, action: 'reply', toStatus: 'replied', departmentName: '社会治理办公室' },
      { at: 7, action: 'something-new', toStatus: 'closed' },
    ]);
    expect(timeline).toEqual([
      { at: 1, status: 'reported', text: '诉求已登记' },
      { at: 2, status: 'dispatched', text: '已派至区域发展办公室' },
      { at: 3, status: 'in_progress', text: '区域发展办公室已接单' },
      { at: 4, status: 'returned', text: '承办部门退回，重新派单中' },
      { at: 5, status: 'dispatched', text: '已派至承办部门' },
      { at: 6, status: 'replied', text: '社会治理办公室已答复' },
      { at: 7, status: 'closed', text: '已办结' },
    ]);
  });
});
