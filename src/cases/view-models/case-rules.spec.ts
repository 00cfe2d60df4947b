import { readFileSync } from 'fs';
import { join } from 'path';
import { parseCalendarYear } from '../../calendar/domain/calendar-day';
import { WorkingCalendar } from '../../calendar/domain/working-calendar';
import { documentsFor } from '../../cases/domain/case-documents';
import { mayWithdraw, owedMaterials } from '../../cases/domain/front-desk-rules';
import { idNumberProblem, isValidChineseIdNumber, normalizeIdNumber } from '../../cases/domain/id-number';
import { intakeDecisions } from '../../cases/domain/intake-decisions';
import { checkMaterials, IntakeDecision, MaterialStatus, missingForNotice, withStatuses } from '../../cases/domain/material-check';
import { personProblems, PHONE, phoneProblem } from '../../cases/domain/person';
import { remainingText, remainingWorkingDays } from '../../cases/domain/remaining-days';
import { workingDaysAround } from './inbox.view-model';

// The pages' case rules (once hand-copied in views/assets/case-rules.js) against the server's own checks.
const CONFIG = join(__dirname, '..', '..', '..', 'config');
const catalog = JSON.parse(readFileSync(join(CONFIG, 'demo-catalog.json'), 'utf8')).items as Array<{
  code: string; kind: string; materials: Array<{ code: string; name: string; required: boolean; deferrable: boolean }>;
}>;

/** A valid ID number for a birth date and sequence (the check digit computed as GB 11643 says). */
function idFor(prefix17: string): string {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return prefix17 + '10X98765432'[w.reduce((s, x, i) => s + x * Number(prefix17[i]), 0) % 11];
}

describe('case rules: people', () => {
  it.each([
    ['33010619900101123X', null],
    ['33010619900101123x', null],
    [' 330106198503152214 ', null],
    ['', '请填写身份证号'],
    ['3301061990010112', '身份证号应为 18 位，现在是 16 位'],
    ['33010619900101123Y', '身份证号前 17 位应为数字，最后一位为数字或 X'],
    ['330106199002301234', '身份证号中的出生日期 19900230 不存在，请核对'],
    ['330106199001011231', '身份证号校验位不符，请逐位核对（可能有一位输错）'],
  ])('idNumberProblem(%j) → %j', (id, message) => {
    expect(idNumberProblem(id)).toBe(message);
  });

  it('agrees with the server’s check on valid numbers and on every one-digit slip', () => {
    const seeds = ['11010519491231002', '44030420000229777', '33010619900101123', '65010120261123001'];
    let compared = 0;
    for (const seed of seeds) {
      const valid = idFor(seed);
      for (let pos = 0; pos < 18; pos++) {
        for (const ch of '0123456789X') {
          const id = valid.slice(0, pos) + ch + valid.slice(pos + 1);
          expect([id, idNumberProblem(id) === null]).toEqual([id, isValidChineseIdNumber(normalizeIdNumber(id))]);
          compared++;
        }
      }
    }
    expect(compared).toBe(4 * 18 * 11);
  });

  it.each(['13800138000', '0571-87654321', '057187654321', '010-1234567', '1380013800', '23800138000', '138 0013 8000', '', 'abc'])('phoneProblem(%j) agrees with the server', (phone) => {
    expect(phoneProblem(phone) === null).toBe(PHONE.test(phone.trim()) && phone.trim() !== '');
  });

  it('personProblems names each wrong field', () => {
    expect(personProblems({ name: '张小三', idNumber: '33010619900101123X', phone: '13800138000' })).toEqual({});
    expect(Object.keys(personProblems({ name: ' ', idNumber: '123', phone: '1' }))).toEqual(['name', 'idNumber', 'phone']);
  });
});

describe('case rules: intake decisions agree with the server’s material check', () => {
  const STATUSES: MaterialStatus[] = ['provided', 'missing', 'deferred'];
  const combos = (n: number): MaterialStatus[][] => (n === 0 ? [[]] : combos(n - 1).flatMap((rest) => STATUSES.map((s) => [s, ...rest])));
  const serverAllows = (item: (typeof catalog)[number], statuses: MaterialStatus[], decision: IntakeDecision) => {
    try {
      checkMaterials(item.materials, item.materials.map((m, i) => ({ code: m.code, status: statuses[i] })), decision, item.kind === 'immediate');
      return true;
    } catch {
      return false;
    }
  };

  it.each(catalog.map((i) => [i.code, i]))('%s: every combination of ticks', (_code, item) => {
    for (const statuses of combos(item.materials.length)) {
      const byCode = Object.fromEntries(item.materials.map((m, i) => [m.code, statuses[i]]));
      const page = intakeDecisions(item, byCode, { personOk: true, reason: '不属于本中心受理范围' });
      for (const decision of ['accept', 'notify', 'reject', 'complete'] as IntakeDecision[]) {
        expect([item.code, statuses.join(), decision, page[decision].enabled]).toEqual([item.code, statuses.join(), decision, serverAllows(item, statuses, decision)]);
        if (!page[decision].enabled) expect(page[decision].why).not.toBe('');
      }
    }
  });

  const jzz = catalog.find((i) => i.code === 'JZZ')!;
  const sydj = catalog.find((i) => i.code === 'SYDJ')!;
  it.each<[string, (typeof catalog)[number] | null, Record<string, MaterialStatus>, { personOk?: boolean; reason?: string }, IntakeDecision, boolean, string]>([
    ['nothing ticked: missing names listed', jzz, {}, {}, 'accept', false, '缺少必需材料：居民身份证、近期一寸白底证件照、合法稳定住所、就业或就读证明'],
    ['ID and photo provided, residence deferred', jzz, { ID: 'provided', PHOTO: 'provided', RESIDENCE: 'deferred' }, {}, 'accept', true, ''],
    ['the same but the applicant is incomplete', jzz, { ID: 'provided', PHOTO: 'provided', RESIDENCE: 'deferred' }, { personOk: false }, 'accept', false, '请先把申请人（及代办人）信息填写完整、正确'],
    ['a complete promised item is not completed on the spot', jzz, { ID: 'provided', PHOTO: 'provided', RESIDENCE: 'provided' }, {}, 'complete', false, '只有即办件可以当场办结'],
    ['nothing to notify', jzz, { ID: 'provided', PHOTO: 'provided', RESIDENCE: 'provided' }, {}, 'notify', false, '必需材料已齐全，无需一次性告知'],
    ['reject needs a reason', jzz, {}, { reason: '  ' }, 'reject', false, '请先填写不予受理的理由'],
    ['immediate: accept points to complete', sydj, { ID: 'provided', HUKOU: 'provided' }, {}, 'accept', false, '即办件请选择「当场办结」'],
    ['immediate complete', sydj, { ID: 'provided', HUKOU: 'provided' }, {}, 'complete', true, ''],
    ['a non-deferrable deferral blocks everything', sydj, { ID: 'deferred', HUKOU: 'provided' }, { reason: 'x' }, 'reject', false, '这些材料不能容缺：夫妻双方居民身份证'],
    ['no item yet', null, {}, {}, 'accept', false, '请先选择事项'],
  ])('%s', (_name, item, statuses, form, decision, enabled, why) => {
    expect(intakeDecisions(item, statuses, { personOk: true, reason: '', ...form })[decision]).toEqual({ enabled, why });
  });

  it('lists every required material not provided for the notice, deferred ones included', () => {
    expect(missingForNotice(withStatuses(jzz.materials, { ID: 'provided', RESIDENCE: 'deferred' })).map((m) => m.code)).toEqual(['PHOTO', 'RESIDENCE']);
  });

  // documentsAfterDecision: cases/domain/case-documents.spec.ts
});

describe('case rules: remaining working days agree with the server calendar', () => {
  const years = [2025, 2026].map((y) => parseCalendarYear(JSON.parse(readFileSync(join(CONFIG, 'holidays', `${y}.json`), 'utf8'))));
  const calendar = WorkingCalendar.fromYears(years);
  const window = workingDaysAround('2026-11-23', 240, 240, (d) => calendar.isWorkingDay(d));

  it.each([
    ['2026-11-23', '2026-12-14'],
    ['2026-11-23', '2026-11-23'],
    ['2026-11-23', '2026-11-24'],
    ['2026-11-23', '2026-11-20'],
    ['2026-11-23', '2026-09-30'],
    ['2026-11-23', '2026-10-12'],
    ['2026-09-24', '2026-10-09'],
    ['2026-12-31', '2027-01-04'],
  ])('today %s, due %s', (today, due) => {
    expect(remainingWorkingDays(today, due, window)).toBe(calendar.workingDaysBetween(today, due));
  });

  it('says nothing outside the calendar it was given', () => {
    expect(remainingWorkingDays('2026-11-23', '2028-01-01', window)).toBeNull();
    expect(remainingWorkingDays('2026-11-23', null, window)).toBeNull();
  });

  it.each([
    [15, '剩 15 个工作日'],
    [0, '今日到期'],
    [-2, '超期 2 个工作日'],
    [null, ''],
  ])('remainingText(%j) → %j', (n, text) => {
    expect(remainingText(n)).toBe(text);
  });
});

describe('case rules: the front desk after intake', () => {
  const materials = [
    { code: 'ID', status: 'provided' },
    { code: 'PHOTO', status: 'missing' },
    { code: 'RESIDENCE', status: 'deferred' },
  ];
  it.each([
    ['awaiting_supplement', ['PHOTO', 'RESIDENCE'], true],
    ['dispatched', ['RESIDENCE'], true],
    ['in_progress', ['RESIDENCE'], true],
    ['returned', [], true],
    ['decided_approved', [], false],
    ['delivered', [], false],
  ])('%s: owes %j, may withdraw %s', (status, owed, withdraw) => {
    const c = { status, materials };
    expect(owedMaterials(c).map((m: { code: string }) => m.code)).toEqual(owed);
    expect(mayWithdraw(c)).toBe(withdraw);
  });

  it.each([
    ['accepted with a deferral', { status: 'in_progress', events: [{ action: 'receive' }, { action: 'accept', payload: { deferredNames: ['住所证明'] } }] }, ['acceptance', 'deferral']],
    ['accepted after a notice', { status: 'dispatched', events: [{ action: 'notify' }, { action: 'supplement' }, { action: 'accept', payload: { deferredNames: [] } }] }, ['acceptance', 'notice']],
    ['refused', { status: 'rejected', events: [{ action: 'reject' }] }, ['refusal']],
    ['decided', { status: 'ready_for_pickup', decidedAt: '2026-11-30T10:00:00+08:00', events: [{ action: 'accept', payload: {} }, { action: 'decide' }] }, ['acceptance', 'result']],
    ['completed on the spot', { status: 'delivered', decidedAt: '2026-11-23T09:30:00+08:00', events: [{ action: 'complete' }, { action: 'deliver' }] }, ['result']],
  ])('%s → %j', (_name, c, kinds) => {
    expect(documentsFor(c)).toEqual(kinds);
  });
});
