import { nameProblem, personProblems, phoneProblem } from './person';

describe('person checks', () => {
  it.each([
    ['13800138000', null],
    [' 0571-87654321 ', null],
    ['057187654321', null],
    ['010-1234567', null],
    ['1380013800', '请填写 11 位手机号，或带区号的固定电话（如 0571-87654321）'],
    ['138 0013 8000', '请填写 11 位手机号，或带区号的固定电话（如 0571-87654321）'],
    ['', '请填写联系电话'],
  ])('phoneProblem(%j) → %j', (phone, problem) => expect(phoneProblem(phone)).toBe(problem));

  it.each([
    ['张小三', null],
    ['  ', '请填写姓名'],
    [undefined, '请填写姓名'],
    ['名'.repeat(32), null],
    ['名'.repeat(33), '姓名不能超过 32 个字'],
    [' 张小三 ', null],
    ['张\u0000三', '姓名不能含控制字符、换行或不可见字符'],
    ['\u202e三小张', '姓名不能含控制字符、换行或不可见字符'],
    ['张\u200b三', '姓名不能含控制字符、换行或不可见字符'],
    ['张\n三', '姓名不能含控制字符、换行或不可见字符'],
  ])('nameProblem(%j) → %j', (name, problem) => expect(nameProblem(name)).toBe(problem));

  it.each([
    [{ name: '张小三', idNumber: '33010619900101123X', phone: '13800138000' }, []],
    [{ name: ' ', idNumber: '123', phone: '1' }, ['name', 'idNumber', 'phone']],
    [{ name: '张小三', idNumber: '33010619900101123X' }, ['phone']],
    [null, ['name', 'idNumber', 'phone']],
  ])('personProblems(%j) names %j', (person, fields) => expect(Object.keys(personProblems(person))).toEqual(fields));
});
