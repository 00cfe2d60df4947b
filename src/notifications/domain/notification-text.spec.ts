import {
  caseAcceptedText, dedupeKey, materialsMissingText, readyForPickupText, redactedText, requestRepliedText, SIGNATURE, ticketNearText,
} from './notification-text';

const CASE = { caseNumber: 'TC202612030001', itemName: '居住证申领' };

describe('notification texts', () => {
  it.each([
    ['case accepted', caseAcceptedText({ ...CASE, queryCode: 'K7P2QX' }), '【OneWindow】您的办件 居住证申领（TC202612030001）已受理，查询码 K7P2QX，可凭办件编号和查询码查询办理进度。'],
    ['materials missing', materialsMissingText({ ...CASE, missingNames: ['居住证明', '近期照片'] }), '【OneWindow】您的办件 居住证申领（TC202612030001）尚缺 居住证明、近期照片，请一次性备齐后到综合窗口补正。'],
    ['many materials missing', materialsMissingText({ ...CASE, missingNames: ['一', '二', '三', '四', '五', '六', '七'] }), '【OneWindow】您的办件 居住证申领（TC202612030001）尚缺 一、二、三、四、五等 7 项材料，请一次性备齐后到综合窗口补正。'],
    ['ready for pickup', readyForPickupText(CASE), '【OneWindow】您的办件 居住证申领（TC202612030001）已办结，请携带本人身份证到综合窗口领取结果。'],
    ['ticket, 3 ahead', ticketNearText({ number: 'A012', ahead: 3 }), '【OneWindow】您的号码 A012 前面还有 3 人，请留意叫号。'],
    ['ticket, 1 ahead', ticketNearText({ number: 'B007', ahead: 1 }), '【OneWindow】您的号码 B007 前面还有 1 人，请留意叫号。'],
    ['ticket, next', ticketNearText({ number: 'A012', ahead: 0 }), '【OneWindow】您的号码 A012 下一位即将叫到，请到等候区留意叫号。'],
    ['request replied', requestRepliedText({ requestNumber: 'STC202612030002', queryCode: 'K7M2QX' }), '【OneWindow】您反映的诉求 STC202612030002 已有答复，查询码 K7M2QX，请查看并评价。'],
    ['request replied, with link', requestRepliedText({ requestNumber: 'S1', queryCode: 'K7M2QX', link: 'https://ow.example/requests/status/S1' }), '【OneWindow】您反映的诉求 S1 已有答复，查询码 K7M2QX，请查看并评价：https://ow.example/requests/status/S1'],
  ])('%s', (_, text, expected) => {
    expect(text).toBe(expected);
    expect(text.startsWith(SIGNATURE)).toBe(true);
  });

  it.each([
    ['【OneWindow】…已受理，查询码 K7P2QX，可凭…', '【OneWindow】…已受理，查询码 ******，可凭…'],
    ['查询码K7P2QX', '查询码******'],
    ['【OneWindow】您的号码 A012 前面还有 3 人', '【OneWindow】您的号码 A012 前面还有 3 人'],
  ])('redacts the query code of %s', (text, expected) => {
    expect(redactedText(text)).toBe(expected);
  });

  it.each<[Parameters<typeof dedupeKey>, string]>([
    [['ticket_near', 12], 'ticket_near:12'],
    [['case_accepted', '7'], 'case_accepted:7'],
    [['materials_missing', 7, 1764800000000], 'materials_missing:7:1764800000000'],
  ])('dedupe key %j → %s', (args, expected) => {
    expect(dedupeKey(...args)).toBe(expected);
  });
});
