import type { CaseDetailView } from './case-views';

/** 张三 → 张*, 张小三 → 张*三, 欧阳娜娜 → 欧**娜: what a public page may show of a name. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return chars.length ? '*' : '';
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

/** 330106199001011234 → 3301**********1234. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 8) return '*'.repeat(s.length);
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`;
}

/** 13800138000 → 138****8000. */
export function maskPhone(phone: string): string {
  const s = phone.trim();
  if (s.length < 7) return '*'.repeat(s.length);
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`;
}

/** The masked form of a staff case view: ID numbers and phones of the applicant and the agent masked, names kept. */
export function maskCaseDetail(view: CaseDetailView): CaseDetailView {
  return {
    ...view,
    personalData: 'masked',
    applicant: { ...view.applicant, idNumber: maskIdNumber(view.applicant.idNumber), phone: maskPhone(view.applicant.phone) },
    agent: view.agent
      ? { ...view.agent, idNumber: view.agent.idNumber === null ? null : maskIdNumber(view.agent.idNumber), phone: view.agent.phone === null ? null : maskPhone(view.agent.phone) }
      : null,
    delivery: view.delivery?.collectedBy
      ? { ...view.delivery, collectedBy: { ...view.delivery.collectedBy, idNumber: view.delivery.collectedBy.idNumber === null ? null : maskIdNumber(view.delivery.collectedBy.idNumber) } }
      : view.delivery,
  };
}
