/** What the hall shows and says when a number is called; the board, the window screen and the voice share it. */
const DIGITS = '零一二三四五六七八九';

export interface CallFacts {
  number: string;
  windowNumber: number;
}

/** 「请 A012 号到 3 号窗口办理」 */
export function callSentence({ number, windowNumber }: CallFacts): string {
  return `请 ${number} 号到 ${windowNumber} 号窗口办理`;
}

/** "A012" read digit by digit ("A零一二"), as halls announce numbers. */
export function spokenNumber(number: string): string {
  return String(number).replace(/\d/g, (d) => DIGITS[Number(d)]);
}

/** The sentence as the speech engine should say it. */
export function spokenSentence({ number, windowNumber }: CallFacts): string {
  return `请${spokenNumber(number)}号，到${windowNumber}号窗口办理`;
}
