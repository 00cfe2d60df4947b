import { callSentence, spokenNumber, spokenSentence } from './call-text';

describe('call text', () => {
  it.each([
    ['A012', 3, '请 A012 号到 3 号窗口办理', '请A零一二号，到3号窗口办理'],
    ['V001', 12, '请 V001 号到 12 号窗口办理', '请V零零一号，到12号窗口办理'],
  ])('%s at window %i', (number, windowNumber, shown, spoken) => {
    expect(callSentence({ number, windowNumber })).toBe(shown);
    expect(spokenSentence({ number, windowNumber })).toBe(spoken);
  });

  it.each([
    ['A000', 'A零零零'],
    ['B987', 'B九八七'],
    ['X', 'X'],
  ])('reads %s digit by digit', (number, spoken) => expect(spokenNumber(number)).toBe(spoken));
});
