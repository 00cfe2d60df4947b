import type { toPublicCase } from '../case.mapper';
import { OPEN_CASE_STATUSES } from '../domain/case-state';

/** What GET /api/v1/public/cases/{caseNumber}?code= answers (masked, plain Chinese). */
export type PublicCase = ReturnType<typeof toPublicCase>;

type Tone = 'progress' | 'action' | 'pause' | 'done' | 'stop';

const TONE: Record<string, Tone> = {
  received: 'progress',
  dispatched: 'progress',
  in_progress: 'progress',
  awaiting_supplement: 'action',
  returned: 'action',
  suspended: 'pause',
  decided_approved: 'done',
  decided_denied: 'stop',
  ready_for_pickup: 'done',
  delivered: 'done',
  archived: 'done',
  rejected: 'stop',
  withdrawn: 'stop',
};

/** The sentence under the status: what happens next, or what the resident should do. */
function nextStep(c: PublicCase): string {
  switch (c.status) {
    case 'received':
      return '窗口已收到您的申请材料，正在审查。';
    case 'awaiting_supplement':
      return '请按《一次性告知书》补齐材料后，到任一综合窗口提交；材料补齐之日起计算办理时限。';
    case 'returned':
      return '办理部门需要您补充材料，窗口工作人员会与您联系。';
    case 'dispatched':
    case 'in_progress':
      return c.dueDate ? `承诺于 ${c.dueDate} 前办结，请耐心等待。` : '正在办理，请耐心等待。';
    case 'suspended':
      return '办理进入特别程序（如公示、现场勘查），这段时间不计入办理时限。';
    case 'decided_approved':
    case 'decided_denied':
      return '办理结果将送到综合窗口，届时请携带本人身份证领取。';
    case 'ready_for_pickup':
      return '结果已在综合窗口，请携带本人身份证领取（也可申请邮寄）。';
    case 'delivered':
      if (c.delivery?.method === 'post') return `结果已邮寄，运单号 ${c.delivery.trackingNo ?? ''}。`;
      return c.delivery?.collectedBy ? `已领取（领取人 ${c.delivery.collectedBy}），感谢您的配合。` : '结果已在综合窗口领取，感谢您的配合。';
    case 'rejected':
      return '申请不予受理，理由见《不予受理通知书》和下方进度。';
    case 'withdrawn':
      return '申请已撤回。如需办理，请重新到综合窗口申请。';
    default:
      return '';
  }
}

/** "2026-11-23T09:30:00+08:00" → "2026-11-23 09:30" (already in the hall's zone). */
export function shortDateTime(iso: string | null): string {
  if (!iso) return '';
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`.trim();
}


export interface LookupForm {
  caseNumber: string;
  code: string;
}

const TITLE = '办件进度查询';
const HINT = '办件编号和查询码印在《受理通知书》上，扫描通知书上的二维码也可直接查看。';

/** The resident's case page (/c/:caseNumber?code=): status in plain words, masked facts, the timeline. */
export function caseStatusViewModel(c: PublicCase, hallName: string | null, code?: string) {
  const open = (OPEN_CASE_STATUSES as readonly string[]).includes(c.status);
  const facts = [
    { label: '办件编号', value: c.caseNumber },
    { label: '申请人', value: c.applicantName },
    { label: '身份证号', value: c.applicantIdNumber },
    { label: '联系电话', value: c.applicantPhone },
    c.acceptedAt ? { label: '受理时间', value: shortDateTime(c.acceptedAt) } : null,
    c.dueDate && open ? { label: '承诺办结', value: c.dueDate } : null,
    c.supplyDueDate && open ? { label: '容缺材料补交期限', value: c.supplyDueDate } : null,
    c.delivery ? { label: '送达方式', value: c.delivery.method === 'post' ? `邮寄（运单号 ${c.delivery.trackingNo ?? ''}）` : c.delivery.collectedBy ? `窗口领取（已领取，领取人 ${c.delivery.collectedBy}）` : '窗口领取' } : null,
  ].filter((f): f is { label: string; value: string } => f !== null);
  const timeline = [...c.timeline].reverse().map((e, i) => ({ at: shortDateTime(e.at), text: e.text, latest: i === 0 }));
  // 一件事: each part with its own status and promise; a part's own page answers to the same query code
  const parts = c.children?.map((p) => ({
    itemName: p.itemName,
    statusText: p.statusText,
    tone: TONE[p.status] ?? 'progress',
    dueText: p.dueDate && (OPEN_CASE_STATUSES as readonly string[]).includes(p.status) ? `承诺 ${p.dueDate} 前办结` : '',
    href: code ? `/c/${encodeURIComponent(p.caseNumber)}?code=${encodeURIComponent(code)}` : null,
    caseNumber: p.caseNumber,
  })) ?? null;
  return {
    title: `${c.itemName} · ${TITLE}`,
    hallName: hallName ?? TITLE,
    found: {
      itemName: c.itemName,
      statusText: c.statusText,
      tone: TONE[c.status] ?? 'progress',
      nextStep: nextStep(c),
      facts,
      timeline,
      parts,
      // 一事一评: once the result reached the resident, the page asks for a rating (the widget checks it is still open)
      rating: code && (c.status === 'delivered' || c.status === 'archived') ? { caseNumber: c.caseNumber, code } : null,
    },
    missing: null,
    form: { caseNumber: c.caseNumber, code: '' },
    hint: HINT,
  };
}

/** The look-up form (/c), or the friendly answer to a wrong number or code. */
export function caseLookupViewModel(form: LookupForm, problem: 'none' | 'invalid' | 'not_found', hallName: string | null = null) {
  const messages = {
    none: null,
    invalid: '请输入完整的办件编号（如 TC202611230001）和 6 位查询码。',
    not_found: '没有找到这个办件，请核对办件编号和查询码（查询码不区分大小写，不含数字 0、1 和字母 O、I、L）。',
  };
  return {
    title: TITLE,
    hallName: hallName ?? TITLE,
    found: null,
    missing: messages[problem],
    form: { caseNumber: form.caseNumber.slice(0, 40), code: form.code.slice(0, 16) },
    hint: HINT,
  };
}

/** The hall a case number belongs to: its prefix is the hall code (the longest that fits), then only digits. */
export function hallOfCaseNumber<T extends { code: string }>(caseNumber: string, halls: T[]): T | null {
  const fits = halls.filter((h) => caseNumber.startsWith(h.code) && /^\d{12,}$/.test(caseNumber.slice(h.code.length)));
  return fits.sort((a, b) => b.code.length - a.code.length)[0] ?? null;
}
