import { textProblem } from '../../common/domain/clean-text';
import { idNumberProblem } from './id-number';

/** A mobile number (11 digits) or a landline with its area code (0571-87654321). */
export const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
export const PERSON_NAME_MAX = 32;

export function nameProblem(raw: unknown): string | null {
  const name = String(raw ?? '').trim();
  if (!name) return '请填写姓名';
  if (name.length > PERSON_NAME_MAX) return `姓名不能超过 ${PERSON_NAME_MAX} 个字`;
  if (textProblem(name, 'name', PERSON_NAME_MAX)) return '姓名不能含控制字符、换行或不可见字符';
  return null;
}

export function phoneProblem(raw: unknown): string | null {
  const phone = String(raw ?? '').trim();
  if (!phone) return '请填写联系电话';
  if (!PHONE.test(phone)) return '请填写 11 位手机号，或带区号的固定电话（如 0571-87654321）';
  return null;
}

export interface PersonInput {
  name?: unknown;
  idNumber?: unknown;
  phone?: unknown;
}
export type PersonProblems = Partial<Record<'name' | 'idNumber' | 'phone', string>>;

/** The message for each field of an applicant or agent that is wrong; {} when the person is complete. */
export function personProblems(p: PersonInput | null | undefined): PersonProblems {
  const out: PersonProblems = {};
  const name = nameProblem(p?.name);
  const id = idNumberProblem(p?.idNumber);
  const phone = phoneProblem(p?.phone);
  if (name) out.name = name;
  if (id) out.idNumber = id;
  if (phone) out.phone = phone;
  return out;
}
