import { DOCUMENT_KINDS } from '../../cases/domain/case-documents';
import { buildDocument, cnDate, DocumentCase, DocumentContext, DocumentModel, joinRefusal, splitRefusal } from './case-documents-model';
import { caseDocumentViewModel, isDocumentKind, parseCaseId } from './case-documents.view-model';

/** The filled document; fails the test when the case has no such step. */
function filled(model: DocumentModel) {
  if (!model.ok) throw new Error(model.why);
  return model;
}

/** GET /api/v1/cases/{id} of a JZZ case accepted with the residence proof deferred, as toCaseDetail shapes it. */
function jzz(over: Record<string, unknown> = {}): DocumentCase {
  return {
    id: 1, caseNumber: 'TC202611230001', itemCode: 'JZZ', itemName: '居住证申领', kind: 'promised', status: 'dispatched',
    applicantName: '张小三', receivedAt: '2026-11-23T09:30:00+08:00', acceptedAt: '2026-11-23T09:30:00+08:00',
    dueDate: '2026-12-14', statutoryDueDate: '2026-12-14', warning: 'green', queryCode: 'K7M2QP', hall: 'TC',
    applicant: { name: '张小三', idNumber: '33010619900101123X', phone: '13800138000' }, agent: null,
    promisedLimit: { value: 15, unit: 'working_days' }, supplyDueDate: '2026-12-07', decidedAt: null, decisionReason: null, delivery: null, reason: null,
    tasks: [{ departmentCode: 'ZL', status: 'dispatched' }],
    materials: [
      { code: 'ID', name: '居民身份证', required: true, status: 'provided' },
      { code: 'PHOTO', name: '近期一寸白底证件照', required: true, status: 'provided' },
      { code: 'RESIDENCE', name: '合法稳定住所、就业或就读证明', required: true, status: 'deferred' },
    ],
    events: [
      { at: '2026-11-23T09:30:00+08:00', action: 'receive', actorName: '窗口一', toStatus: 'received', payload: {} },
      { at: '2026-11-23T09:30:00+08:00', action: 'accept', actorName: '窗口一', toStatus: 'dispatched', payload: { dueDate: '2026-12-14', statutoryDueDate: '2026-12-14', deferredNames: ['合法稳定住所、就业或就读证明'], supplyDueDate: '2026-12-07' } },
      { at: '2026-11-23T09:30:00+08:00', action: 'dispatch', actorName: '窗口一', toStatus: 'dispatched', payload: { departments: ['ZL'] } },
    ],
    ...over,
  } as unknown as DocumentCase;
}
const ctx: DocumentContext = {
  hall: { name: '桐城街道党群服务中心', today: '2026-11-23' },
  departments: { ZL: '社会治理办公室', GG: '公共服务办公室' },
  suffix: 'SL',
  agentTypeText: { proxy: '代办', assist: '帮办' },
  statusBase: 'https://tc.example.cn/c',
  item: { materials: [{ code: 'PHOTO', original: false, copies: 2, note: '' }, { code: 'ID', original: true, copies: 1, note: '' }] },
};

describe('case documents model', () => {
  it('acceptance: item, materials received, acceptor, due date, query code and QR address', () => {
    const doc = filled(buildDocument('acceptance', jzz(), ctx));
    expect(doc.ok).toBe(true);
    expect(doc.fields).toMatchObject({
      centreName: '桐城街道党群服务中心', docNumber: 'TC202611230001-SL', itemName: '居住证申领', applicantName: '张小三',
      applicantIdNumber: '3301**********123X', docDate: '2026年11月23日', acceptedAt: '2026年11月23日 09:30', acceptor: '窗口一',
      promisedText: '15 个工作日', dueDate: '2026年12月14日', supplyDueDate: '2026年12月7日', departmentNames: '社会治理办公室',
      queryCode: 'K7M2QP', qrUrl: '/qr/case/TC202611230001.svg?code=K7M2QP', statusAddress: '查询网址：https://tc.example.cn/c',
      acceptPhrase: '主要申请材料齐全、符合法定形式（部分材料容缺受理）',
    });
    expect(doc.lists.materials).toEqual([
      ['1', '居民身份证', '已收取'],
      ['2', '近期一寸白底证件照', '已收取'],
      ['3', '合法稳定住所、就业或就读证明', '容缺，待补交'],
    ]);
  });

  it('acceptance of a bundle (一件事) lists its parts with their numbers instead of departments', () => {
    const bundle = jzz({ itemName: '新生儿出生一件事', events: [
      { at: '2026-11-23T09:30:00+08:00', action: 'accept', actorName: '窗口一', payload: { deferredNames: [], dueDate: '2026-11-30' } },
      { at: '2026-11-23T09:30:00+08:00', action: 'bundle_dispatch', actorName: '窗口一', payload: { parts: [
        { caseNumber: 'TC202611230002', itemName: '生育登记', status: 'delivered', dueDate: '2026-11-23' },
        { caseNumber: 'TC202611230004', itemName: '出生户口登记', status: 'dispatched', dueDate: '2026-11-30' },
      ] } },
    ] });
    expect(filled(buildDocument('acceptance', bundle, ctx)).fields.departmentNames).toBe(
      '一件事分项办理：生育登记（TC202611230002，当场办结）；出生户口登记（TC202611230004，承诺 2026年11月30日 前办结）',
    );
  });

  it('acceptance after the deferred material came in; no supply line without deferrals', () => {
    const supplied = jzz({ materials: [{ code: 'RESIDENCE', name: '合法稳定住所、就业或就读证明', required: true, status: 'supplied' }] });
    expect(filled(buildDocument('acceptance', supplied, ctx)).lists.materials).toEqual([['1', '合法稳定住所、就业或就读证明', '容缺，已补交']]);
    const plainAccept = jzz({ events: [{ at: '2026-11-23T09:30:00+08:00', action: 'accept', actorName: '窗口一', payload: { deferredNames: [] } }] });
    expect(filled(buildDocument('acceptance', plainAccept, ctx)).fields).toMatchObject({ supplyDueDate: '', acceptPhrase: '申请材料齐全、符合法定形式' });
  });

  it('notice lists every missing material with what to bring', () => {
    const c = jzz({
      status: 'awaiting_supplement', acceptedAt: null,
      events: [{ at: '2026-11-23T10:05:00+08:00', action: 'notify', actorName: '窗口一', reason: '照片须白底', payload: { missing: ['ID', 'PHOTO'], missingNames: ['居民身份证', '近期一寸白底证件照'] } }],
    });
    const doc = filled(buildDocument('notice', c, { ...ctx, suffix: 'GZ' }));
    expect(doc.fields).toMatchObject({ docNumber: 'TC202611230001-GZ', docDate: '2026年11月23日', noticeAt: '2026年11月23日 10:05', handler: '窗口一', noticeNote: '照片须白底', missingCount: '2' });
    expect(doc.lists.missing).toEqual([
      ['1', '居民身份证', '原件'],
      ['2', '近期一寸白底证件照', '复印件 2 份'],
    ]);
  });

  it('refusal separates the reason from where to go instead', () => {
    const reason = joinRefusal('申请人户籍不在本街道', '户籍所在地街道便民服务中心');
    expect(reason).toBe('申请人户籍不在本街道；建议去向：户籍所在地街道便民服务中心');
    const c = jzz({ status: 'rejected', events: [{ at: '2026-11-23T10:00:00+08:00', action: 'reject', actorName: '窗口一', reason }] });
    expect(filled(buildDocument('refusal', c, ctx)).fields).toMatchObject({ refusalReason: '申请人户籍不在本街道', whereToGo: '户籍所在地街道便民服务中心', refusedAt: '2026年11月23日 10:00' });
    expect(splitRefusal('只有理由')).toEqual({ reason: '只有理由', where: '' });
    expect(joinRefusal(' 理由 ', ' ')).toBe('理由');
  });

  it('deferral: the deferred materials, the supply deadline', () => {
    const doc = filled(buildDocument('deferral', jzz(), ctx));
    expect(doc.fields).toMatchObject({ supplyDueDate: '2026年12月7日', dueDate: '2026年12月14日', acceptedDate: '2026年11月23日' });
    expect(doc.lists.deferred).toEqual([['1', '合法稳定住所、就业或就读证明', '待补交']]);
  });

  it.each([
    ['decided, at the window', { status: 'ready_for_pickup', delivery: null }, '办理结果已送达综合窗口，请携带本人身份证领取。'],
    ['handed over', { status: 'delivered', delivery: { method: 'window', trackingNo: null, deliveredAt: '2026-12-01T15:00:00+08:00' } }, '已于 2026年12月1日 15:00 在综合窗口领取。'],
    ['posted', { status: 'delivered', delivery: { method: 'post', trackingNo: 'SF1234567890', deliveredAt: '2026-12-01T15:00:00+08:00' } }, '已于 2026年12月1日 15:00 邮寄送达，运单号 SF1234567890。'],
  ])('result: %s', (_name, over, deliveryText) => {
    const c = jzz({
      ...over, decidedAt: '2026-11-30T16:00:00+08:00', decisionReason: '不符合居住年限',
      events: [{ at: '2026-11-30T16:00:00+08:00', action: 'decide', toStatus: 'decided_denied', departmentCode: 'ZL', actorName: '社会治理办经办人', payload: { externalReference: null } }],
    });
    expect(filled(buildDocument('result', c, ctx)).fields).toMatchObject({ outcomeText: '不予批准', denied: '1', decisionReason: '不符合居住年限', decidedDate: '2026年11月30日', deciderName: '社会治理办公室', deliveryText });
  });

  it.each([
    ['another person at window 2', { type: 'other', name: '王小五', idNumber: '110101198506150027' }, 2, '他人代领', '王小五', '1101**********0027', '2 号窗口'],
    ['the applicant, window unknown', { type: 'applicant', name: '张小三', idNumber: '33010619900101123X' }, null, '申请人本人', '张小三', '3301**********123X', '综合窗口'],
    ['the agent with no ID number on file', { type: 'agent', name: '李四', idNumber: null }, 1, '代办人', '李四', '', '1 号窗口'],
  ])('pickup receipt: %s', (_name, collectedBy, windowNumber, collectorType, collectorName, collectorIdNumber, windowText) => {
    const c = jzz({
      status: 'delivered', decidedAt: '2026-11-30T16:00:00+08:00',
      delivery: { method: 'window', trackingNo: null, deliveredAt: '2026-12-01T15:00:00+08:00', collectedBy, windowNumber },
      events: [
        { at: '2026-11-30T16:00:00+08:00', action: 'decide', toStatus: 'decided_approved', departmentCode: 'ZL', actorName: '社会治理办经办人', payload: {} },
        { at: '2026-12-01T15:00:00+08:00', action: 'deliver', toStatus: 'delivered', actorName: '综合受理员二', payload: { method: 'window', collectedBy: { type: collectedBy.type, name: collectedBy.name } } },
      ],
    });
    expect(filled(buildDocument('pickup', c, { ...ctx, suffix: 'LQ' })).fields).toMatchObject({
      docNumber: 'TC202611230001-LQ', docDate: '2026年12月1日', pickedUpAt: '2026年12月1日 15:00', outcomeText: '准予办理',
      collectorType, collectorName, collectorIdNumber, windowText, handler: '综合受理员二',
    });
  });

  it.each([
    ['acceptance', { events: [] }, '该办件尚未受理，没有受理通知书。'],
    ['notice', {}, '该办件没有一次性告知记录。'],
    ['refusal', {}, '该办件没有不予受理记录。'],
    ['deferral', { events: [{ action: 'accept', payload: { deferredNames: [] } }] }, '该办件没有容缺受理的材料。'],
    ['result', {}, '该办件尚未办结，没有办结通知书。'],
    ['pickup', {}, '该办件没有窗口领取记录，没有领取回执。'],
    ['pickup', { status: 'delivered', delivery: { method: 'post', trackingNo: 'SF1', deliveredAt: '2026-12-01T15:00:00+08:00', collectedBy: null }, events: [{ action: 'deliver', payload: { method: 'post' } }] }, '该办件没有窗口领取记录，没有领取回执。'],
    ['pickup', { status: 'delivered', delivery: { method: 'window', trackingNo: null, deliveredAt: '2026-12-01T15:00:00+08:00', collectedBy: null }, events: [{ action: 'deliver', payload: { method: 'window' } }] }, '该办件没有窗口领取记录，没有领取回执。'],
    ['passport', {}, '没有这种文书。'],
  ])('%s does not apply to a case without that step', (kind, over, why) => {
    expect(buildDocument(kind, jzz(over), ctx)).toEqual({ ok: false, why });
  });

  it.each([
    ['2026-11-23', '2026年11月23日'],
    ['2026-01-05T08:00:00+08:00', '2026年1月5日'],
    [null, ''],
  ])('cnDate(%j) → %j', (value, text) => {
    expect(cnDate(value)).toBe(text);
  });
});

describe('caseDocumentViewModel', () => {
  it('picks the partial of the kind and carries the halls with the server’s today', () => {
    const vm = caseDocumentViewModel('acceptance', 7, [{ code: 'TC', name: '桐城街道党群服务中心', today: '2026-11-23' }], [{ code: 'ZL', name: '社会治理办公室' }], 'https://tc.example.cn');
    expect(vm).toMatchObject({ kind: 'acceptance', docTitle: '受理通知书', bodyPartial: 'documents_acceptance' });
    expect(vm.client).toMatchObject({ id: 7, suffix: 'SL', halls: { TC: { name: '桐城街道党群服务中心', today: '2026-11-23' } }, departments: { ZL: '社会治理办公室' }, statusBase: 'https://tc.example.cn/c' });
  });

  it.each(DOCUMENT_KINDS.map((k) => [k]))('%s is a document kind', (kind) => {
    expect(isDocumentKind(kind)).toBe(true);
  });

  it.each([['passport'], [''], [undefined], ['constructor']])('%j is not', (kind) => {
    expect(isDocumentKind(kind)).toBe(false);
  });

  it.each([
    ['1', 1],
    ['42', 42],
    ['0', null],
    ['-1', null],
    ['1e3', null],
    ['99999999999999999', null],
  ])('parseCaseId(%j) → %j', (value, id) => {
    expect(parseCaseId(value)).toBe(id);
  });
});
