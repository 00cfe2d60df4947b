import { toCsv } from '../../common/domain/csv';
import { parseRecordFilter, RECORD_LIMIT, recordFilterOf } from './record-query';
import { caseRecord, localTime, recordTable, requestRecord, ticketRecord, type TicketFact } from './record-table';
import { tableCells } from './report-table';

const TZ = 'Asia/Shanghai';
const at = (local: string) => Date.parse(`${local}+08:00`);
const clerk = { id: 7, username: 'clerk1', displayName: '王敏' };

const ticket = (over: Partial<TicketFact> = {}): TicketFact => ({
  id: 11, number: 'A001', businessDate: '2026-11-30', hallCode: 'TC', queueName: '综合受理', itemName: null, phone: '13800138000',
  status: 'done', issuedAt: at('2026-11-30T09:00:00'), calledAt: at('2026-11-30T09:10:00'), startedAt: at('2026-11-30T09:11:00'),
  finishedAt: at('2026-11-30T09:17:30'), windowNumber: 1, clerkId: 7, ...over,
});
const ctx = { timeZone: TZ, windows: new Map([[1, '1号综合窗口']]), clerks: new Map([[7, clerk]]), ratings: new Map([[11, { score: 5, at: at('2026-11-30T09:18:00') }]]) };

describe('ticketRecord', () => {
  it('a served visit: hall-local times, wait and service minutes, masked phone, the clerk and the rating', () => {
    expect(ticketRecord(ticket(), ctx)).toEqual({
      ticketId: 11, number: 'A001', businessDate: '2026-11-30', hallCode: 'TC', itemName: '综合受理', phone: '138****8000',
      issuedAt: '2026-11-30T09:00:00+08:00', calledAt: '2026-11-30T09:10:00+08:00', startedAt: '2026-11-30T09:11:00+08:00', finishedAt: '2026-11-30T09:17:30+08:00',
      waitMinutes: 10, serviceMinutes: 6.5, status: 'done', statusName: '办结', windowNumber: 1, windowName: '1号综合窗口', clerk,
      rating: { score: 5, at: '2026-11-30T09:18:00+08:00' },
    });
  });

  it.each([
    ['a no-show: no service minutes', { status: 'no_show', startedAt: null }, { statusName: '过号', serviceMinutes: null, waitMinutes: 10 }],
    ['called before issue (clock skew) waits 0', { calledAt: at('2026-11-30T08:59:00') }, { waitMinutes: 0 }],
    ['never called: no wait', { calledAt: null, status: 'no_show' }, { waitMinutes: null }],
    ['the case item names the visit', { itemName: '居住证办理' }, { itemName: '居住证办理' }],
    ['no phone, unknown clerk and window', { phone: null, clerkId: 9, windowNumber: 4 }, { phone: null, clerk: { id: 9, username: '#9', displayName: '#9' }, windowName: '4号窗口' }],
    ['unrated', { id: 12 }, { rating: null }],
  ])('%s', (_, over, expected) => {
    expect(ticketRecord(ticket(over as Partial<TicketFact>), ctx)).toMatchObject(expected);
  });
});

describe('caseRecord', () => {
  const fact = {
    id: 3, caseNumber: 'TC20261130001', itemCode: 'LNYDZ', itemName: '老年优待证', applicantName: '张三', receivedAt: at('2026-11-30T09:30:00'),
    decidedAt: at('2026-12-02T10:00:00'), workingDaysTaken: 2, decidedOnTime: true, visits: 2, denied: false, departmentCodes: ['GG', 'MZ'],
  };
  it('masks the applicant, names the departments and says the outcome', () => {
    expect(caseRecord(fact, { timeZone: TZ, departmentNames: new Map([['GG', '公共服务办公室']]) })).toEqual({
      caseId: 3, caseNumber: 'TC20261130001', itemCode: 'LNYDZ', itemName: '老年优待证', departments: '公共服务办公室、MZ', applicantName: '张*',
      receivedAt: '2026-11-30T09:30:00+08:00', decidedAt: '2026-12-02T10:00:00+08:00', workingDaysTaken: 2, onTime: true, visits: 2,
      outcome: 'approved', outcomeName: '准予',
    });
    expect(caseRecord({ ...fact, denied: true, applicantName: '欧阳娜娜' }, { timeZone: TZ, departmentNames: new Map() })).toMatchObject({ outcomeName: '不予批准', applicantName: '欧**娜' });
  });
});

describe('requestRecord', () => {
  const fact = { id: 1, requestNumber: 'SQ001', categoryCode: 'SZ', categoryName: '市政设施', source: 'resident', reportedAt: at('2026-12-01T08:00:00'), dueAt: at('2026-12-03T08:00:00'), repliedAt: null };
  it.each([
    ['replied in time', { repliedAt: at('2026-12-01T11:30:00') }, at('2026-12-01T12:00:00'), { hoursToReply: 3.5, withinLimit: true }],
    ['replied late', { repliedAt: at('2026-12-03T09:00:00') }, at('2026-12-04T00:00:00'), { hoursToReply: 49, withinLimit: false }],
    ['unanswered and past due', {}, at('2026-12-03T08:00:01'), { hoursToReply: null, withinLimit: false }],
    ['unanswered, still in time', {}, at('2026-12-02T08:00:00'), { hoursToReply: null, withinLimit: null }],
  ])('%s', (_, over, now, expected) => {
    expect(requestRecord({ ...fact, ...over }, { timeZone: TZ, now })).toMatchObject({ sourceName: '居民扫码', reportedAt: '2026-12-01T08:00:00+08:00', ...expected });
  });
});

describe('recordTable', () => {
  it('lays tickets out as the screen and the CSV show them, the count line last', () => {
    const table = recordTable('windows', { rows: [ticketRecord(ticket(), ctx)], total: 1, truncated: false, limit: RECORD_LIMIT });
    expect(table.title).toBe('窗口与人员明细');
    expect(table.rows).toEqual([['A001', '2026-11-30', '综合受理', '138****8000', '2026-11-30 09:00', '2026-11-30 09:10', '2026-11-30 09:11', '2026-11-30 09:17', 10, 6.5, '办结', '1号综合窗口', '王敏', 5]]);
    expect(table.totals[0]).toBe('共 1 条');
    const csv = toCsv(tableCells(table).headers, tableCells(table).rows).slice(1).split('\r\n');
    expect(csv[0]).toBe('票号,业务日期,事项/业务,手机(脱敏),取号时间,叫号时间,开始办理,结束时间,等候(分钟),办理(分钟),状态,窗口,工作人员,评分');
    expect(csv[1]).toBe('A001,2026-11-30,综合受理,138****8000,2026-11-30 09:00,2026-11-30 09:10,2026-11-30 09:11,2026-11-30 09:17,10.0,6.5,办结,1号综合窗口,王敏,5');
    expect(csv[2]).toBe('共 1 条,,,,,,,,,,,,,');
  });

  it('says when the list is cut to the newest', () => {
    expect(recordTable('requests', { rows: [], total: 2345, truncated: true, limit: 2000 }).totals[0]).toBe('共 2345 条，仅列出最新 2000 条');
  });

  it.each(['departments', 'items'] as const)('%s: the case columns, no ID number column', (kind) => {
    const table = recordTable(kind, { rows: [], total: 0, truncated: false, limit: RECORD_LIMIT });
    expect(table.headers).toEqual(['办件编号', '事项', '承办部门', '申请人(脱敏)', '受理时间', '办结时间', '用时(工作日)', '按时办结', '跑动次数', '结果']);
    expect(table.headers.join()).not.toMatch(/身份证|证件/);
  });

  it('request columns say 未到期 while a request is inside its time', () => {
    const r = requestRecord({ id: 1, requestNumber: 'SQ1', categoryCode: 'SZ', categoryName: '市政', source: 'grid', reportedAt: 0, dueAt: 10 * 3_600_000, repliedAt: null }, { timeZone: TZ, now: 1 });
    expect(recordTable('requests', { rows: [r], total: 1, truncated: false, limit: 5 }).rows[0].slice(2)).toEqual(['网格员上报', '1970-01-01 08:00', null, null, '未到期']);
  });

  it('localTime', () => {
    expect(localTime('2026-11-30T09:10:59+08:00')).toBe('2026-11-30 09:10');
    expect(localTime(null)).toBeNull();
  });
});

describe('parseRecordFilter', () => {
  it.each([
    ['windows', { window: '2', clerk: '17' }, { window: 2, clerk: 17 }],
    ['windows', { window: '', clerk: undefined }, {}],
    ['departments', { department: 'gg' }, { department: 'GG' }],
    ['items', { item: 'LNYDZ' }, { item: 'LNYDZ' }],
    ['requests', { category: 'SZ' }, { category: 'SZ' }],
    ['halls', { point: 'tc01' }, { point: 'TC01' }],
  ] as const)('%s %j', (kind, raw, expected) => {
    expect(parseRecordFilter(kind, raw)).toEqual(expected);
  });

  it.each([
    ['windows', { window: '0' }],
    ['windows', { clerk: 'abc' }],
    ['windows', { window: '1.5' }],
    ['departments', { department: 'G G' }],
    ['items', { item: 'X'.repeat(17) }],
    ['windows', { department: 'GG' }],
    ['requests', { item: 'LNYDZ' }],
  ] as const)('%s %j → 400 INVALID_FILTER', (kind, raw) => {
    expect(() => parseRecordFilter(kind, raw)).toThrow(expect.objectContaining({ code: 'INVALID_FILTER', status: 400 }));
  });
});

describe('recordFilterOf', () => {
  it('a report row → its records filter', () => {
    expect(recordFilterOf('windows', { windowNumber: 2, clerk: { id: 5 } })).toEqual({ window: '2', clerk: '5' });
    expect(recordFilterOf('departments', { departmentCode: 'GG' })).toEqual({ department: 'GG' });
    expect(recordFilterOf('items', { itemCode: 'JZZ' })).toEqual({ item: 'JZZ' });
    expect(recordFilterOf('requests', { categoryCode: 'SZ' })).toEqual({ category: 'SZ' });
    expect(recordFilterOf('halls', { hallCode: 'TC01' })).toEqual({ point: 'TC01' });
  });
});
