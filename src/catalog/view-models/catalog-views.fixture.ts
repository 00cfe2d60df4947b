import type { DepartmentView, ItemView, MaterialView, StepView } from '../domain/catalog-views';

/** API views of a few demo items, for the view-model specs. */
export const DEPARTMENTS: DepartmentView[] = [
  { code: 'FZ', name: '区域发展办公室' },
  { code: 'GG', name: '公共服务办公室' },
  { code: 'ZL', name: '社会治理办公室' },
];

const material = (code: string, name: string, extra: Partial<MaterialView> = {}): MaterialView => ({
  code, name, copies: 1, original: true, required: true, deferrable: false, commitmentAllowed: false, note: '', ...extra,
});
const step = (seq: number, name: string, extra: Partial<StepView> = {}): StepView => ({
  seq, name, departmentCode: null, departmentName: null, limit: { value: 0, unit: 'working_days' }, external: false, responsible: '综合窗口', ...extra,
});

export const SYDJ: ItemView = {
  code: 'SYDJ', name: '生育登记', kind: 'immediate', departmentCodes: ['GG'], queueCode: 'A',
  promisedLimit: { value: 0, unit: 'working_days' }, statutoryLimit: { value: 1, unit: 'working_days' },
  pinyinInitials: 'SYDJ', feeFen: 0, visitsRequired: 1, windowMinutes: 15,
  guide: '窗口当场办结。', departments: [{ code: 'GG', name: '公共服务办公室' }],
  materials: [material('ID', '夫妻双方居民身份证'), material('MARRIAGE', '结婚证', { required: false, note: '未婚生育的可不提供' })],
  steps: [step(1, '受理并办结', { departmentCode: 'GG', departmentName: '公共服务办公室' })],
};

export const JZZ: ItemView = {
  code: 'JZZ', name: '居住证申领', kind: 'promised', departmentCodes: ['ZL'], queueCode: 'A',
  promisedLimit: { value: 15, unit: 'working_days' }, statutoryLimit: { value: 15, unit: 'working_days' },
  pinyinInitials: 'JZZSL', feeFen: 0, visitsRequired: 1, windowMinutes: null,
  guide: '第一段。\n\n  第二段。  \n',
  departments: [{ code: 'ZL', name: '社会治理办公室' }],
  materials: [
    material('ID', '居民身份证'),
    material('PHOTO', '近期一寸白底证件照', { copies: 2, original: false }),
    material('RESIDENCE', '合法稳定住所、就业或就读证明', { original: false, deferrable: true, note: '可容缺受理' }),
  ],
  steps: [
    step(1, '综合窗口受理'),
    step(2, '信息核查', { departmentCode: 'ZL', departmentName: '社会治理办公室', limit: { value: 10, unit: 'working_days' }, responsible: '社会治理办公室' }),
    step(3, '区级审批', { limit: { value: 5, unit: 'working_days' }, external: true, responsible: '' }),
  ],
};

export const CJBT: ItemView = {
  ...JZZ, code: 'CJBT', name: '残疾人两项补贴', kind: 'joint', departmentCodes: ['GG', 'ZL'], pinyinInitials: 'CJRLXBT',
  promisedLimit: { value: 10, unit: 'working_days' }, statutoryLimit: { value: 20, unit: 'working_days' },
  departments: [{ code: 'GG', name: '公共服务办公室' }, { code: 'ZL', name: '社会治理办公室' }],
  materials: [material('ID', '居民身份证', { commitmentAllowed: true }), material('BANK', '本人银行卡')],
  steps: [step(1, '审核', { departmentCode: 'ZL', departmentName: '社会治理办公室', limit: { value: 5, unit: 'working_days' }, responsible: '退役军人服务站' })],
};

export const SQ: ItemView = {
  ...JZZ, code: 'SQ', name: '群众诉求', kind: 'request', departmentCodes: ['ZL'], queueCode: 'B', pinyinInitials: 'QZSQ',
  promisedLimit: { value: 48, unit: 'hours' }, statutoryLimit: { value: 72, unit: 'hours' }, visitsRequired: 0, feeFen: 1250,
  steps: [step(1, '受理登记', { limit: { value: 0, unit: 'hours' } }), step(2, '办理答复', { departmentCode: 'ZL', departmentName: '社会治理办公室', limit: { value: 48, unit: 'hours' }, responsible: '社会治理办公室' })],
};

export const ITEMS = [SYDJ, JZZ, CJBT, SQ];
