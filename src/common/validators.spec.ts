import { plainToInstance } from 'class-transformer';
import { IsIn, IsOptional, validate } from 'class-validator';
import { validationCode } from './validation';
import { CleanText, IsCalendarDate, IsId, IsQueryId } from './validators';

class Sample {
  @IsOptional() @IsQueryId() ticketId?: number;
  @IsOptional() @IsId() bodyId?: number;
  @IsOptional() @IsCalendarDate() day?: string;
  @IsOptional() @CleanText('name', 8) name?: string;
  @IsOptional() @CleanText('text', 20) note?: string;
  @IsOptional() @IsIn(['a']) choice?: string;
}

async function check(plain: Record<string, unknown>) {
  const value = plainToInstance(Sample, plain);
  const errors = await validate(value);
  return { value, failed: errors.map((e) => e.property), code: errors.length ? validationCode(errors) : null };
}

describe('shared validators', () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ['a query id in digits', { ticketId: '12' }, []],
    ['a hex query id', { ticketId: '0x10' }, ['ticketId']],
    ['an exponent query id', { ticketId: '1e1' }, ['ticketId']],
    ['a zero-padded query id', { ticketId: '01' }, ['ticketId']],
    ['a repeated query id', { ticketId: ['1', '2'] }, ['ticketId']],
    ['a body id', { bodyId: 7 }, []],
    ['a body id as text', { bodyId: '7' }, ['bodyId']],
    ['a fractional body id', { bodyId: 1.5 }, ['bodyId']],
    ['an unsafe body id', { bodyId: 2 ** 53 }, ['bodyId']],
    ['a real date', { day: '2028-02-29' }, []],
    ['February 30th', { day: '2026-02-30' }, ['day']],
    ['a date as a number', { day: 20260101 }, ['day']],
    ['a name with blanks around', { name: '  王五 ' }, []],
    ['a name of one space', { name: ' ' }, ['name']],
    ['a name with NUL', { name: '王\u0000五' }, ['name']],
    ['a name with an RTL override', { name: '\u202e五王' }, ['name']],
    ['a name too long after trimming', { name: ' 一二三四五六七八九 ' }, ['name']],
    ['a name as an array', { name: ['王五'] }, ['name']],
    ['a note over lines', { note: '第一行\n第二行' }, []],
    ['a note with a bidi isolate', { note: '说明\u2066' }, ['note']],
  ])('%s', async (_name, plain, failed) => {
    expect((await check(plain)).failed).toEqual(failed);
  });

  it('converts a query id to a number and trims names', async () => {
    const { value } = await check({ ticketId: '42', name: '  王五 ', note: ' 好 ' });
    expect(value).toMatchObject({ ticketId: 42, name: '王五', note: '好' });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a bad date alone', { day: '2026-02-30' }, 'INVALID_DATE'],
    ['a bad name alone', { name: ' ' }, 'VALIDATION_FAILED'],
    ['a bad date and a bad choice', { day: '2026-02-30', choice: 'b' }, 'VALIDATION_FAILED'],
  ])('error code: %s → %s', async (_name, plain, code) => {
    expect((await check(plain)).code).toBe(code);
  });
});
