import type { NotificationKind } from './notification-kind';

/** The SMS signature every message starts with. */
export const SIGNATURE = '【OneWindow】';

/** At most this many missing materials are named; the rest are counted (an SMS stays short). */
const NAMED_MATERIALS = 5;

export interface CaseFacts {
  caseNumber: string;
  itemName: string;
}

/** 受理: the query code lets the resident follow the case (`/c/{caseNumber}?code=`). */
export function caseAcceptedText(c: CaseFacts & { queryCode: string }): string {
  return `${SIGNATURE}您的办件 ${c.itemName}（${c.caseNumber}）已受理，查询码 ${c.queryCode}，可凭办件编号和查询码查询办理进度。`;
}

/** 一次性告知: every required material still missing, at once. */
export function materialsMissingText(c: CaseFacts & { missingNames: readonly string[] }): string {
  const named = c.missingNames.slice(0, NAMED_MATERIALS).join('、');
  const more = c.missingNames.length > NAMED_MATERIALS ? `等 ${c.missingNames.length} 项材料` : '';
  return `${SIGNATURE}您的办件 ${c.itemName}（${c.caseNumber}）尚缺 ${named}${more}，请一次性备齐后到综合窗口补正。`;
}

export function readyForPickupText(c: CaseFacts): string {
  return `${SIGNATURE}您的办件 ${c.itemName}（${c.caseNumber}）已办结，请携带本人身份证到综合窗口领取结果。`;
}

/** 到号提醒: `ahead` tickets before this one in its queue. */
export function ticketNearText(t: { number: string; ahead: number }): string {
  if (t.ahead <= 0) return `${SIGNATURE}您的号码 ${t.number} 下一位即将叫到，请到等候区留意叫号。`;
  return `${SIGNATURE}您的号码 ${t.number} 前面还有 ${t.ahead} 人，请留意叫号。`;
}

/** 接诉即办: the request has its answer, with the query code that opens it and the status page (`link`) when known. */
export function requestRepliedText(r: { requestNumber: string; queryCode: string; link?: string }): string {
  return `${SIGNATURE}您反映的诉求 ${r.requestNumber} 已有答复，查询码 ${r.queryCode}，请查看并评价${r.link ? `：${r.link}` : '。'}`;
}

const QUERY_CODE = /(查询码\s*)[A-Za-z0-9]+/g;

/**
 * The text as logs and staff lists show it: a query code opens the resident's case page, so only the
 * resident's own message carries it.
 */
export function redactedText(text: string): string {
  return text.replace(QUERY_CODE, (_, label: string) => `${label}******`);
}

/** The dedupe key of a notice: one per kind and subject, plus what makes a repeated notice a new one. */
export function dedupeKey(kind: NotificationKind, subjectId: string | number, occasion?: string | number): string {
  return occasion === undefined ? `${kind}:${subjectId}` : `${kind}:${subjectId}:${occasion}`;
}
