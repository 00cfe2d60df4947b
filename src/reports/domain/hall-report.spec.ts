import { hallReport } from './hall-report';

describe('hallReport', () => {
  it('the centre and its points, with totals over them (hand-computed)', () => {
    const { rows, totals } = hallReport({
      halls: [{ code: 'TC', name: '桐城街道便民服务中心', kind: 'centre' }, { code: 'TC01', name: '桐城第一社区便民服务点', kind: 'point' }],
      tickets: new Map([['TC', { served: 9, noShows: 1, waitMs: 10 * 12 * 60_000, waited: 10 }]]),
      received: new Map([['TC', 5], ['TC01', 3]]),
      decided: new Map([
        ['TC', { decided: 4, promised: 4, onTime: 3, workingDays: 8, visits: 6 }],
        ['TC01', { decided: 2, promised: 1, onTime: 1, workingDays: 2, visits: 1 }],
      ]),
      requests: new Map([['TC01', 2]]),
    });
    expect(rows).toEqual([
      { hallCode: 'TC', hallName: '桐城街道便民服务中心', kindName: '中心', ticketsServed: 9, noShows: 1, averageWaitMinutes: 12, casesReceived: 5, casesDecided: 4, onTimeShare: 0.75, visitsPerCase: 1.5, requests: 0 },
      { hallCode: 'TC01', hallName: '桐城第一社区便民服务点', kindName: '便民服务点', ticketsServed: 0, noShows: 0, averageWaitMinutes: null, casesReceived: 3, casesDecided: 2, onTimeShare: 1, visitsPerCase: 0.5, requests: 2 },
    ]);
    expect(totals).toEqual({ ticketsServed: 9, noShows: 1, averageWaitMinutes: 12, casesReceived: 8, casesDecided: 6, onTimeShare: 0.8, visitsPerCase: 1.17, requests: 2 });
  });
});
