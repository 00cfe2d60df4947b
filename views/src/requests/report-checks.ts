// The report form's checks, shown live beside each field. The rules are the server's (the phone pattern of
// ticket-phone.ts, the text rules of clean-text.ts); the server checks them again.
import { textProblem } from '../../../src/common/domain/clean-text';
import { isMobilePhone } from '../../../src/queue/domain/ticket-phone';
import { hotlineRefProblem } from '../../../src/requests/domain/hotline-ref';
import { REQUEST_TEXT_LIMITS } from '../../../src/requests/domain/request-limits';
import type { ReportDraft } from './report-draft';

/** The lengths CreateRequestDto allows: the server's one list. */
export const REPORT_LIMITS = REQUEST_TEXT_LIMITS;

export type ReportField = 'hotlineRef' | 'categoryCode' | 'description' | 'location' | 'phone' | 'name';
export type ReportProblems = Partial<Record<ReportField, string>>;

/** Why the phone is refused, or null; digits only, so a pasted "138 0013 8000" is read as typed without spaces. */
export function phoneProblem(phone: string): string | null {
  const digits = phone.replace(/[\s-]/g, '');
  if (!digits) return '请填写手机号码，便于承办部门联系您';
  if (!/^\d+$/.test(digits)) return '手机号码只能包含数字';
  if (digits.length !== 11) return `手机号码应为 11 位，已输入 ${digits.length} 位`;
  return isMobilePhone(digits) ? null : '请填写正确的 11 位手机号码';
}

/** The phone as sent: the digits. */
export function phoneDigits(phone: string): string {
  return phone.replace(/[\s-]/g, '');
}

function optionalText(value: string, kind: 'name' | 'text', max: number, label: string): string | null {
  if (!value.trim()) return null;
  if (value.trim().length > max) return `${label}最多 ${max} 个字`;
  return textProblem(value, kind, max) ? `${label}含有无法识别的字符，请删除后重试` : null;
}

/** Every problem of the draft, by field; empty when it may be sent. A hotline transfer needs its work-order number too. */
export function reportProblems(draft: ReportDraft, mode: 'report' | 'hotline' = 'report'): ReportProblems {
  const problems: ReportProblems = {};
  const ref = mode === 'hotline' ? hotlineRefProblem(draft.hotlineChannel, draft.hotlineRef) : null;
  if (ref) problems.hotlineRef = ref;
  if (!draft.categoryCode) problems.categoryCode = '请选择问题类别';
  if (!draft.description.trim()) problems.description = '请描述您遇到的问题';
  else {
    const d = optionalText(draft.description, 'text', REPORT_LIMITS.description, '问题描述');
    if (d) problems.description = d;
  }
  const location = optionalText(draft.location, 'text', REPORT_LIMITS.location, '位置');
  if (location) problems.location = location;
  const phone = phoneProblem(draft.phone);
  if (phone) problems.phone = mode === 'hotline' && !phoneDigits(draft.phone) ? '请填写来电人的手机号码' : phone;
  const name = optionalText(draft.name, 'name', REPORT_LIMITS.name, '称呼');
  if (name) problems.name = name;
  return problems;
}
