import { caseNotice, CaseNoticeFacts } from './case-notices';

const CASE: CaseNoticeFacts = { id: 7, caseNumber: 'TC202612030001', itemName: '居住证申领', queryCode: 'K7P2QX', applicantPhone: '13912349000', at: 1_764_800_000_000 };

describe('case notices', () => {
  it.each([
    ['accept', 'case_accepted', 'case_accepted:7', '查询码 K7P2QX'],
    ['notify', 'materials_missing', 'materials_missing:7:1764800000000', '尚缺 居住证明'],
    ['ready', 'ready_for_pickup', 'ready_for_pickup:7', '已办结'],
  ])('%s → %s', (action, kind, key, phrase) => {
    const notice = caseNotice(action, { ...CASE, missingNames: ['居住证明'] });
    expect(notice).toMatchObject({ kind, dedupeKey: key, to: '13912349000', subjectType: 'case', subjectId: '7' });
    expect(notice?.text).toContain(phrase);
  });

  it.each(['claim', 'supplement', 'deliver', 'reject', 'complete'])('%s tells nothing', (action) => {
    expect(caseNotice(action, CASE)).toBeNull();
  });

  it.each(['0571-88888888', '02588888888', ''])('a landline %j gets no SMS', (phone) => {
    expect(caseNotice('accept', { ...CASE, applicantPhone: phone })).toBeNull();
  });
});
