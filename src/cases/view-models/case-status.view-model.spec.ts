import { caseLookupViewModel, caseStatusViewModel, hallOfCaseNumber, PublicCase, shortDateTime } from './case-status.view-model';

function pub(over: Partial<PublicCase> = {}): PublicCase {
  return {
    caseNumber: 'TC202611230001', itemName: '居住证申领', status: 'in_progress', statusText: '办理中',
    applicantName: '张*三', applicantIdNumber: '3301**********123X', applicantPhone: '138****8000',
    acceptedAt: '2026-11-23T09:30:00+08:00', dueDate: '2026-12-14', dueAt: null, supplyDueDate: '2026-12-07', delivery: null,
    timeline: [
      { at: '2026-11-23T09:30:00+08:00', status: 'received', text: '综合窗口已收件' },
      { at: '2026-11-24T10:05:00+08:00', status: 'in_progress', text: '社会治理办公室 开始办理' },
    ],
    ...over,
  };
}

describe('caseStatusViewModel', () => {
  it('lists a bundle\'s parts with their status, promise while open, and a link with the same code', () => {
    const vm = caseStatusViewModel(pub({
      itemName: '新生儿出生一件事', status: 'dispatched', statusText: '已受理，待部门办理',
      children: [
        { caseNumber: 'TC202611230002', itemName: '生育登记', status: 'delivered', statusText: '已送达', dueDate: '2026-11-23' },
        { caseNumber: 'TC202611230003', itemName: '出生户口登记', status: 'in_progress', statusText: '办理中', dueDate: '2026-11-30' },
      ],
    }), null, 'K7M2QP');
    expect(vm.found!.parts).toEqual([
      { itemName: '生育登记', statusText: '已送达', tone: 'done', dueText: '', href: '/c/TC202611230002?code=K7M2QP', caseNumber: 'TC202611230002' },
      { itemName: '出生户口登记', statusText: '办理中', tone: 'progress', dueText: '承诺 2026-11-30 前办结', href: '/c/TC202611230003?code=K7M2QP', caseNumber: 'TC202611230003' },
    ]);
    expect(caseStatusViewModel(pub(), null).found!.parts).toBeNull();
  });

  it('puts the newest step first and marks it', () => {
    const vm = caseStatusViewModel(pub(), '桐城街道党群服务中心');
    expect(vm.found!.timeline).toEqual([
      { at: '2026-11-24 10:05', text: '社会治理办公室 开始办理', latest: true },
      { at: '2026-11-23 09:30', text: '综合窗口已收件', latest: false },
    ]);
    expect(vm.hallName).toBe('桐城街道党群服务中心');
    expect(vm.title).toBe('居住证申领 · 办件进度查询');
    expect(vm.missing).toBeNull();
  });

  it('shows only masked personal data, and deadlines while the case is open', () => {
    const facts = caseStatusViewModel(pub(), null).found!.facts;
    expect(facts).toEqual([
      { label: '办件编号', value: 'TC202611230001' },
      { label: '申请人', value: '张*三' },
      { label: '身份证号', value: '3301**********123X' },
      { label: '联系电话', value: '138****8000' },
      { label: '受理时间', value: '2026-11-23 09:30' },
      { label: '承诺办结', value: '2026-12-14' },
      { label: '容缺材料补交期限', value: '2026-12-07' },
    ]);
    const done = caseStatusViewModel(pub({ status: 'delivered', statusText: '已送达', delivery: { method: 'post', trackingNo: 'SF1', collectedBy: null } }), null).found!;
    expect(done.facts.map((f) => f.label)).toEqual(['办件编号', '申请人', '身份证号', '联系电话', '受理时间', '送达方式']);
    expect(done.facts[5].value).toBe('邮寄（运单号 SF1）');
  });

  it('says who collected the result at the window, masked, and nothing more', () => {
    const vm = caseStatusViewModel(pub({ status: 'delivered', statusText: '已送达', delivery: { method: 'window', trackingNo: null, collectedBy: '王*' } }), null).found!;
    expect(vm.nextStep).toBe('已领取（领取人 王*），感谢您的配合。');
    expect(vm.facts.find((f) => f.label === '送达方式')?.value).toBe('窗口领取（已领取，领取人 王*）');
  });

  it.each([
    ['received', 'progress', '窗口已收到您的申请材料，正在审查。'],
    ['awaiting_supplement', 'action', '请按《一次性告知书》补齐材料后，到任一综合窗口提交；材料补齐之日起计算办理时限。'],
    ['returned', 'action', '办理部门需要您补充材料，窗口工作人员会与您联系。'],
    ['dispatched', 'progress', '承诺于 2026-12-14 前办结，请耐心等待。'],
    ['in_progress', 'progress', '承诺于 2026-12-14 前办结，请耐心等待。'],
    ['suspended', 'pause', '办理进入特别程序（如公示、现场勘查），这段时间不计入办理时限。'],
    ['decided_approved', 'done', '办理结果将送到综合窗口，届时请携带本人身份证领取。'],
    ['decided_denied', 'stop', '办理结果将送到综合窗口，届时请携带本人身份证领取。'],
    ['ready_for_pickup', 'done', '结果已在综合窗口，请携带本人身份证领取（也可申请邮寄）。'],
    ['delivered', 'done', '结果已在综合窗口领取，感谢您的配合。'],
    ['rejected', 'stop', '申请不予受理，理由见《不予受理通知书》和下方进度。'],
    ['withdrawn', 'stop', '申请已撤回。如需办理，请重新到综合窗口申请。'],
    ['archived', 'done', ''],
  ])('%s → tone %s, "%s"', (status, tone, nextStep) => {
    const vm = caseStatusViewModel(pub({ status: status as PublicCase['status'], delivery: status === 'delivered' ? { method: 'window', trackingNo: null, collectedBy: null } : null }), null);
    expect(vm.found).toMatchObject({ tone, nextStep });
  });
});

describe('caseLookupViewModel', () => {
  it.each([
    ['none', null],
    ['invalid', '请输入完整的办件编号（如 TC202611230001）和 6 位查询码。'],
    ['not_found', '没有找到这个办件，请核对办件编号和查询码（查询码不区分大小写，不含数字 0、1 和字母 O、I、L）。'],
  ] as const)('%s', (problem, message) => {
    const vm = caseLookupViewModel({ caseNumber: 'TC1', code: 'x' }, problem);
    expect(vm).toMatchObject({ found: null, missing: message, form: { caseNumber: 'TC1', code: 'x' }, title: '办件进度查询' });
  });

  it('keeps long input bounded', () => {
    const vm = caseLookupViewModel({ caseNumber: 'X'.repeat(100), code: 'Y'.repeat(100) }, 'invalid');
    expect([vm.form.caseNumber.length, vm.form.code.length]).toEqual([40, 16]);
  });
});

describe('helpers', () => {
  const halls = [{ code: 'TC' }, { code: 'TC2' }];
  it.each([
    ['TC202611230001', 'TC'],
    ['TC2202611230001', 'TC2'],
    ['XX202611230001', null],
    ['TC', null],
  ])('hallOfCaseNumber(%j) → %j', (n, code) => {
    expect(hallOfCaseNumber(n, halls)?.code ?? null).toBe(code);
  });

  it.each([
    ['2026-11-23T09:30:00+08:00', '2026-11-23 09:30'],
    [null, ''],
  ])('shortDateTime(%j) → %j', (iso, text) => {
    expect(shortDateTime(iso)).toBe(text);
  });
});
