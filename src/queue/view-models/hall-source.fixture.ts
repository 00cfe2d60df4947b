import type { HallSource } from './hall-source';

/** A small hall as the page data service loads it, for view-model specs. */
export function hallSource(overrides: Partial<HallSource['board']> = {}): HallSource {
  return {
    hall: { code: 'TC', name: '桐城街道党群服务中心', timeZone: 'Asia/Shanghai' },
    queues: [
      { code: 'A', name: '民生保障' },
      { code: 'C', name: '经济服务' },
    ],
    windows: [
      { number: 1, name: '1号综合窗口', kind: 'comprehensive', queueCodes: [], status: 'open' },
      { number: 6, name: '6号经济服务专窗', kind: 'dedicated', queueCodes: ['C'], status: 'paused' },
    ],
    board: {
      seq: 7,
      hall: 'TC',
      hallName: '桐城街道党群服务中心',
      businessDate: '2026-11-23',
      recentCalls: [
        { number: 'A012', windowNumber: 1, calledAt: '2026-11-23T09:41:00+08:00', recall: false },
        { number: 'C003', windowNumber: 6, calledAt: '2026-11-23T09:35:00+08:00', recall: true },
      ],
      waiting: { A: 4, C: 0 },
      windows: [
        { number: 1, name: '1号综合窗口', status: 'open', currentNumber: 'A012' },
        { number: 6, name: '6号经济服务专窗', status: 'paused', currentNumber: null },
      ],
      ...overrides,
    },
  };
}
