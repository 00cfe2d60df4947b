import { EMPTY_DRAFT } from './report-draft';
import { phoneDigits, phoneProblem, reportProblems } from './report-checks';

describe('phoneProblem', () => {
  it.each(['13800138000', '138 0013 8000', '138-0013-8000', '19912345678'])('accepts %p', (phone) => {
    expect(phoneProblem(phone)).toBeNull();
  });

  it.each([
    ['', '请填写手机号码，便于承办部门联系您'],
    ['1380013800', '手机号码应为 11 位，已输入 10 位'],
    ['138001380001', '手机号码应为 11 位，已输入 12 位'],
    ['1380013800a', '手机号码只能包含数字'],
    ['23800138000', '请填写正确的 11 位手机号码'],
  ])('refuses %p', (phone, message) => {
    expect(phoneProblem(phone)).toBe(message);
  });

  it('sends the digits only', () => {
    expect(phoneDigits(' 138 0013-8000 ')).toBe('13800138000');
  });
});

describe('reportProblems', () => {
  const ok = { ...EMPTY_DRAFT, categoryCode: 'SZ', description: '小区门口路灯不亮', phone: '13800138000' };

  it('passes a complete report; name and location are optional', () => {
    expect(reportProblems(ok)).toEqual({});
  });

  it('names every missing required field', () => {
    expect(Object.keys(reportProblems(EMPTY_DRAFT)).sort()).toEqual(['categoryCode', 'description', 'phone']);
  });

  it('refuses overlong text and hidden characters', () => {
    const problems = reportProblems({ ...ok, description: '灯'.repeat(501), location: '路口\u202e', name: '张'.repeat(33) });
    expect(problems.description).toBe('问题描述最多 500 个字');
    expect(problems.location).toBe('位置含有无法识别的字符，请删除后重试');
    expect(problems.name).toBe('称呼最多 32 个字');
  });

  it('lets a description span lines (the name may not)', () => {
    expect(reportProblems({ ...ok, description: '第一行\n第二行' })).toEqual({});
    expect(reportProblems({ ...ok, name: '张\n三' }).name).toBeDefined();
  });

  it('asks a hotline transfer for its work-order number, checked by the hotline rule', () => {
    expect(reportProblems(ok, 'hotline')).toEqual({ hotlineRef: '请填写热线工单号' });
    expect(reportProblems({ ...ok, phone: '' }, 'hotline').phone).toBe('请填写来电人的手机号码');
    expect(reportProblems({ ...ok, hotlineChannel: 'street', hotlineRef: '2026/17' }, 'hotline').hotlineRef).toBe('工单号只能包含字母、数字、“-”和“_”');
    expect(reportProblems({ ...ok, hotlineChannel: '12345', hotlineRef: '20261203-0042' }, 'hotline')).toEqual({});
    expect(reportProblems({ ...ok, hotlineRef: '/' })).toEqual({}); // a resident's report has none
  });
});
