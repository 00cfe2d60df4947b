import { CasePeople, collectorInputProblem, CollectorInput, collectorLine, isCollectorProblem, pickupText, resolveCollector } from './pickup';

const ID = '110101199003070011';
const OTHER_ID = '11010119900307002X';
const people: CasePeople = { applicant: { name: '张小三', idNumber: ID }, agent: { name: '李代办', idNumber: '110101199003070038' } };
const noAgent: CasePeople = { ...people, agent: null };

describe('collectorInputProblem: what the clerk sent', () => {
  it.each<[string, 'window' | 'post', CollectorInput | undefined, string | null, string]>([
    ['window without a collector (the contract\'s plain call)', 'window', undefined, null, ''],
    ['the applicant, ID not checked', 'window', { type: 'applicant' }, 'COLLECTOR_REQUIRED', 'collectedBy.idChecked'],
    ['the applicant, idChecked false', 'window', { type: 'applicant', idChecked: false }, 'COLLECTOR_REQUIRED', 'collectedBy.idChecked'],
    ['the applicant, ID checked', 'window', { type: 'applicant', idChecked: true }, null, ''],
    ['the agent, ID checked', 'window', { type: 'agent', idChecked: true }, null, ''],
    ['the applicant with a typed name', 'window', { type: 'applicant', idChecked: true, name: '王五' }, 'COLLECTOR_INVALID', 'collectedBy'],
    ['the agent with a typed ID number', 'window', { type: 'agent', idChecked: true, idNumber: ID }, 'COLLECTOR_INVALID', 'collectedBy'],
    ['another person, complete', 'window', { type: 'other', idChecked: true, name: '王五', idNumber: OTHER_ID }, null, ''],
    ['another person, lower-case x', 'window', { type: 'other', idChecked: true, name: '王五', idNumber: OTHER_ID.toLowerCase() }, null, ''],
    ['another person without a name', 'window', { type: 'other', idChecked: true, idNumber: OTHER_ID }, 'COLLECTOR_INVALID', 'collectedBy.name'],
    ['another person with a blank name', 'window', { type: 'other', idChecked: true, name: '   ', idNumber: OTHER_ID }, 'COLLECTOR_INVALID', 'collectedBy.name'],
    ['another person without an ID number', 'window', { type: 'other', idChecked: true, name: '王五' }, 'COLLECTOR_INVALID', 'collectedBy.idNumber'],
    ['another person with a wrong check digit', 'window', { type: 'other', idChecked: true, name: '王五', idNumber: '110101199003070012' }, 'COLLECTOR_INVALID', 'collectedBy.idNumber'],
    ['another person with a 17-digit ID number', 'window', { type: 'other', idChecked: true, name: '王五', idNumber: '11010119900307001' }, 'COLLECTOR_INVALID', 'collectedBy.idNumber'],
    ['post without a collector', 'post', undefined, null, ''],
    ['post with a collector', 'post', { type: 'applicant', idChecked: true }, 'COLLECTOR_INVALID', 'collectedBy'],
  ])('%s → %s', (_what, method, input, code, field) => {
    const p = collectorInputProblem(method, input);
    expect(p?.code ?? null).toBe(code);
    if (p) expect(p).toMatchObject({ status: 400, field, message: expect.any(String) });
  });
});

describe('resolveCollector: who is recorded', () => {
  it.each<[string, CollectorInput, CasePeople, unknown]>([
    ['the applicant', { type: 'applicant', idChecked: true }, people, { type: 'applicant', name: '张小三', idNumber: ID }],
    ['the agent', { type: 'agent', idChecked: true }, people, { type: 'agent', name: '李代办', idNumber: '110101199003070038' }],
    ['another person, trimmed and upper-cased', { type: 'other', idChecked: true, name: ' 王五 ', idNumber: OTHER_ID.toLowerCase() }, people, { type: 'other', name: '王五', idNumber: OTHER_ID }],
    ['the agent of a case without one', { type: 'agent', idChecked: true }, noAgent, { status: 422, code: 'CASE_HAS_NO_AGENT', field: 'collectedBy.type' }],
  ])('%s', (_what, input, who, expected) => {
    expect(resolveCollector(input, who)).toMatchObject(expected as object);
  });

  it('tells a problem from a collector', () => {
    expect(isCollectorProblem(resolveCollector({ type: 'agent', idChecked: true }, noAgent))).toBe(true);
    expect(isCollectorProblem(resolveCollector({ type: 'applicant', idChecked: true }, people))).toBe(false);
  });
});

describe('what pages show of the collector', () => {
  it.each([
    [{ type: 'applicant', name: '张小三' }, '已领取（领取人 张*三）'],
    [{ type: 'other', name: '王五' }, '已领取（领取人 王*）'],
    [null, '已在综合窗口领取结果'],
    [{}, '已在综合窗口领取结果'],
  ])('%j → %s', (c, text) => expect(pickupText(c)).toBe(text));

  it('masks the ID number on the receipt line', () => {
    expect(collectorLine({ name: '张小三', idNumber: ID })).toBe('张小三（身份证 1101**********0011）');
    expect(collectorLine({ name: '张小三', idNumber: null })).toBe('张小三');
  });
});
