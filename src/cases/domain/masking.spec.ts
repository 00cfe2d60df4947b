import { maskIdNumber, maskName, maskPhone } from './masking';

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
