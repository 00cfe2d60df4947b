import type { CaseDetailView } from './case-views';
import { maskCaseDetail, maskIdNumber, maskName, maskPhone } from './masking';

describe('masking personal data for public pages', () => {
  it.each([
    ['张三', '张*'],
    ['张小三', '张*三'],
    ['欧阳娜娜', '欧**娜'],
    ['李', '*'],
    ['', ''],
    [' 王五 ', '王*'],
  ])('name %p → %p', (name, masked) => expect(maskName(name)).toBe(masked));

  it.each([
    ['330106199001011234', '3301**********1234'],
    ['33010619900101123X', '3301**********123X'],
    ['12345678', '********'],
  ])('id %s → %s', (id, masked) => expect(maskIdNumber(id)).toBe(masked));

  it.each([
    ['13800138000', '138****8000'],
    ['0571-8888', '057**8888'],
  ])('phone %s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));
});

describe('maskCaseDetail', () => {
  const view = {
    id: 1, caseNumber: 'TC202611230001', personalData: 'full',
    applicant: { name: '张小三', idNumber: '33010619900101123X', phone: '13800138000' },
    agent: { type: 'proxy', name: '李四', idNumber: '330106198503152214', phone: '0571-87654321' },
  } as unknown as CaseDetailView;

  it('masks ID numbers and phones of applicant and agent, keeps names and the rest', () => {
    expect(maskCaseDetail(view)).toEqual({
      id: 1, caseNumber: 'TC202611230001', personalData: 'masked',
      applicant: { name: '张小三', idNumber: '3301**********123X', phone: '138****8000' },
      agent: { type: 'proxy', name: '李四', idNumber: '3301**********2214', phone: '057******4321' },
    });
  });

  it('leaves a case without an agent without one, and does not change its input', () => {
    expect(maskCaseDetail({ ...view, agent: null }).agent).toBeNull();
    expect(view.applicant.idNumber).toBe('33010619900101123X');
  });
});
