import { isMobilePhone } from './ticket-phone';

describe('ticket phone', () => {
  it.each([
    ['13800138000', true],
    ['19912345678', true],
    ['1380013800', false],
    ['138001380000', false],
    ['23800138000', false],
    ['1380013800a', false],
    ['', false],
    [' 13800138000', false],
  ])('isMobilePhone(%j) is %s', (value, ok) => {
    expect(isMobilePhone(value)).toBe(ok);
  });
});
