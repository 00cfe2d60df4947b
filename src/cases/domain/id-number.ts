import { isValidIsoDate } from '../../calendar/domain/iso-date';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The resident ID number as the server stores it: trimmed, a lower-case x made upper case. */
export function normalizeIdNumber(raw: unknown): string {
  return String(raw ?? '').trim().toUpperCase();
}

/**
 * GB 11643: 17 digits (region, birth date, sequence) and a mod-11 check character. Checks the number as
 * normalizeIdNumber leaves it; null when valid, else what is wrong in Chinese.
 */
export function idNumberProblem(raw: unknown): string | null {
  const id = normalizeIdNumber(raw);
  if (!id) return '请填写身份证号';
  if (id.length !== 18) return `身份证号应为 18 位，现在是 ${id.length} 位`;
  if (!/^\d{17}[\dX]$/.test(id)) return '身份证号前 17 位应为数字，最后一位为数字或 X';
  if (!isValidIsoDate(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`)) return `身份证号中的出生日期 ${id.slice(6, 14)} 不存在，请核对`;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  if (CHECK[sum % 11] !== id[17]) return '身份证号校验位不符，请逐位核对（可能有一位输错）';
  return null;
}

/** A valid number already in its stored form (what the API accepts). */
export function isValidChineseIdNumber(id: string): boolean {
  return id === normalizeIdNumber(id) && idNumberProblem(id) === null;
}
