import type { ItemView } from '../domain/catalog-views';
import {
  feeText, isOneVisit, KIND_HINTS, KIND_LABELS, limitText, materialFormText, materialTags, promisedText, visitsText,
} from './catalog-labels';

export interface GuideContext {
  /** The queue to take a number in, as the hall names it (A 民生保障), or null. */
  queueText: string | null;
}

/** Who answers for a step: the named post, or the department; the department again when the post doesn't name it. */
function stepOwner(step: ItemView['steps'][number]): { owner: string; ownerDetail: string | null } {
  const owner = step.responsible || step.departmentName || (step.external ? '上级部门' : '综合窗口');
  const detail = step.departmentName && !owner.includes(step.departmentName) ? step.departmentName : null;
  return { owner, ownerDetail: detail };
}

/**
 * The guide of one item (办事指南), phone first: what it is, limits and fee, the materials to bring,
 * and the published route (路线图·时间表·责任人) as a timeline.
 */
export function catalogGuideViewModel(item: ItemView, context: GuideContext) {
  const departmentText = item.departments.map((d) => d.name).join('、');
  const facts = [
    { label: '承诺时限', value: promisedText(item.kind, item.promisedLimit) },
    { label: '法定时限', value: limitText(item.statutoryLimit) },
    { label: '收费标准', value: feeText(item.feeFen) },
    { label: '到现场次数', value: visitsText(item.visitsRequired) },
    { label: item.kind === 'bundle' ? '办理部门' : item.departments.length > 1 ? '联办部门' : '办理部门', value: departmentText },
  ];
  const deptName = (code: string) => item.departments.find((d) => d.code === code)?.name ?? code;
  const partName = (code: string) => item.members?.find((p) => p.code === code)?.name ?? code;
  if (context.queueText) facts.push({ label: '取号类别', value: context.queueText });
  return {
    title: `${item.name} · 办事指南`,
    code: item.code,
    name: item.name,
    kind: item.kind,
    kindLabel: KIND_LABELS[item.kind],
    kindHint: KIND_HINTS[item.kind],
    oneVisit: isOneVisit(item.visitsRequired),
    facts,
    guideParagraphs: item.guide.split(/\n+/).map((line) => line.trim()).filter(Boolean),
    materials: item.materials.map((m, index) => ({
      number: index + 1,
      code: m.code,
      name: m.name,
      form: materialFormText(m),
      copies: `${m.copies} 份`,
      tags: materialTags(m),
      // a bundle's material is handed in once for every part that needs it
      note: [m.note, m.memberCodes?.length ? `用于 ${m.memberCodes.map(partName).join('、')}` : ''].filter(Boolean).join('；'),
    })),
    // 一件事: the items it files at once, each handled by its department within its own limit
    parts: (item.members ?? []).map((p, index) => ({
      number: index + 1,
      code: p.code,
      name: p.name,
      kindLabel: KIND_LABELS[p.kind],
      limitText: promisedText(p.kind, p.promisedLimit),
      departmentText: p.departmentCodes.map(deptName).join('、'),
      href: `/catalog/items/${encodeURIComponent(p.code)}`,
    })),
    materialSummary: `共 ${item.materials.length} 项，其中必需 ${item.materials.filter((m) => m.required).length} 项`,
    steps: item.steps.map((step, index) => ({
      seq: step.seq,
      name: step.name,
      ...stepOwner(step),
      limitText: limitText(step.limit),
      external: step.external,
      last: index === item.steps.length - 1,
    })),
    backHref: '/catalog',
  };
}
