import { timelineText } from './case-timeline';

const names = { ZL: '社会治理办公室', GG: '公共服务办公室' };
const e = (action: string, toStatus: string, payload: Record<string, unknown> | null = null, reason: string | null = null) => ({ action, toStatus, at: 0, payload, reason });

describe('timelineText', () => {
  it.each([
    [e('receive', 'received'), '综合窗口已收件'],
    [e('notify', 'awaiting_supplement', { missingNames: ['居民身份证', '证件照'] }), '一次性告知：请补齐 居民身份证、证件照'],
    [e('accept', 'dispatched', { dueDate: '2026-12-14' }), '已受理，承诺于 2026-12-14 前办结'],
    [e('accept', 'dispatched', { dueDate: '2026-12-14', deferredNames: ['住所证明'], supplyDueDate: '2026-12-07' }), '已受理，承诺于 2026-12-14 前办结（容缺：住所证明，请于 2026-12-07 前补交）'],
    [e('dispatch', 'dispatched', { departments: ['GG', 'ZL'] }), '已派单至 公共服务办公室、社会治理办公室'],
    [e('claim', 'in_progress', { department: 'ZL' }), '社会治理办公室 开始办理'],
    [e('suspend', 'suspended', { type: 'public_notice' }, '低保公示 7 天'), '进入特别程序（公示），办理时限暂停：低保公示 7 天'],
    [e('approve_extension', 'in_progress', { days: 5, dueDate: '2026-12-21' }, '需补充调查'), '延期 5 个工作日（需补充调查），新的办结时限 2026-12-21'],
    [e('transfer', 'dispatched', { to: 'GG' }), '转至 公共服务办公室 办理'],
    [e('decide', 'decided_denied', null, '收入超过标准'), '办结：不予批准（收入超过标准）'],
    [e('decide', 'decided_approved'), '办结：准予'],
    [e('deliver', 'delivered', { method: 'post', trackingNo: 'SF123' }), '结果已邮寄（运单号 SF123）'],
    [e('deliver', 'delivered', { method: 'window' }), '已在综合窗口领取结果'],
    [e('deliver', 'delivered', { method: 'window', collectedBy: { type: 'other', name: '王小五' } }), '已领取（领取人 王*五）'],
    [e('request_extension', 'in_progress'), null],
  ])('%j → %p', (event, text) => expect(timelineText(event, names)).toBe(text));
});
