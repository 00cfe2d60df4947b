import { FINAL_TICKET_STATUSES, TICKET_STATUS_TEXT } from './labels';
import { parseTicketRef, ticketStatusViewModel } from './ticket-status.view-model';

describe('ticket status page', () => {
  it('embeds the reference (the page takes its status texts from ./labels)', () => {
    const vm = ticketStatusViewModel(12, 'abcDEF_-1');
    expect(vm.client).toEqual({ id: 12, token: 'abcDEF_-1', notFound: expect.stringContaining('未找到该号票') });
    expect(TICKET_STATUS_TEXT.called.title).toBe('请到 {window} 号窗口');
    expect(FINAL_TICKET_STATUSES).toContain('done');
  });

  it.each([
    ['12', 'tok_en-1', { id: 12, token: 'tok_en-1' }],
    ['1', 'a', { id: 1, token: 'a' }],
    ['0', 'tok', null],
    ['012', 'tok', null],
    ['-1', 'tok', null],
    ['1.5', 'tok', null],
    ['abc', 'tok', null],
    ['99999999999999999', 'tok', null],
    ['12', undefined, null],
    ['12', '', null],
    ['12', ['a', 'b'], null],
    ['12', 'has space', null],
    ['12', '<script>', null],
    ['12', 'x'.repeat(65), null],
  ])('parseTicketRef(%j, %j)', (id, token, expected) => {
    expect(parseTicketRef(id, token)).toEqual(expected);
  });
});
