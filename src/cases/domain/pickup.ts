// 出件: who collected a result at the window. The API, the console's pickup form and the receipt share these.
import { idNumberProblem, normalizeIdNumber } from './id-number';
import { maskIdNumber, maskName } from './masking';
import { nameProblem } from './person';

export const COLLECTOR_TYPES = ['applicant', 'agent', 'other'] as const;
export type CollectorType = (typeof COLLECTOR_TYPES)[number];

export const COLLECTOR_TYPE_TEXT: Record<CollectorType, string> = { applicant: '申请人本人', agent: '代办人', other: '他人代领' };

/** What the clerk says at pickup: who is at the counter and that their identity card was checked. */
export interface CollectorInput {
  type: CollectorType;
  /** Only for `other`: the person's name and resident ID number, typed from their card. */
  name?: string;
  idNumber?: string;
  /** The clerk checked the collector's identity card against the case (applicant, agent) or typed it (other). */
  idChecked?: boolean;
}

/** The person recorded as having collected the result (a copy: later edits of the case do not change it). */
export interface Collector {
  type: CollectorType;
  name: string;
  idNumber: string;
}

/** The people on the case the collector may be. */
export interface CasePeople {
  applicant: { name: string; idNumber: string };
  agent: { name: string | null; idNumber: string | null } | null;
}

/** Why a pickup is refused: 400 for what the clerk sent, 422 when it does not fit the case. */
export type CollectorProblem = { status: 400 | 422; code: 'COLLECTOR_REQUIRED' | 'COLLECTOR_INVALID' | 'CASE_HAS_NO_AGENT'; field: string; message: string };

const problem = (status: 400 | 422, code: CollectorProblem['code'], field: string, message: string): CollectorProblem => ({ status, code, field, message });

/** What is wrong with the request itself (no case needed), or null. A collector sent is checked in full. */
export function collectorInputProblem(method: 'window' | 'post', input: CollectorInput | undefined | null): CollectorProblem | null {
  if (method === 'post') return input ? problem(400, 'COLLECTOR_INVALID', 'collectedBy', '邮寄送达无需填写领取人') : null;
  if (!input) return null; // the contract's plain `{method:"window"}`: the applicant (or proxy) is recorded, as for 即办
  if (input.idChecked !== true) return problem(400, 'COLLECTOR_REQUIRED', 'collectedBy.idChecked', '请先核验领取人的身份证件');
  if (input.type === 'other') {
    const name = nameProblem(input.name);
    if (name) return problem(400, 'COLLECTOR_INVALID', 'collectedBy.name', name);
    const id = idNumberProblem(input.idNumber);
    if (id) return problem(400, 'COLLECTOR_INVALID', 'collectedBy.idNumber', id);
    return null;
  }
  if (input.name !== undefined || input.idNumber !== undefined) {
    return problem(400, 'COLLECTOR_INVALID', 'collectedBy', `领取人为${COLLECTOR_TYPE_TEXT[input.type]}时，姓名和身份证号取自办件，不必填写`);
  }
  return null;
}

/** The collector to record, from a request that passed `collectorInputProblem`, or why the case refuses it. */
export function resolveCollector(input: CollectorInput, people: CasePeople): Collector | CollectorProblem {
  switch (input.type) {
    case 'applicant':
      return { type: 'applicant', name: people.applicant.name, idNumber: people.applicant.idNumber };
    case 'agent':
      if (!people.agent?.name) return problem(422, 'CASE_HAS_NO_AGENT', 'collectedBy.type', '该办件没有登记代办人，请选择申请人本人或他人代领');
      return { type: 'agent', name: people.agent.name, idNumber: people.agent.idNumber ?? '' };
    case 'other':
      return { type: 'other', name: String(input.name).trim(), idNumber: normalizeIdNumber(input.idNumber) };
    default: {
      const unreachable: never = input.type;
      throw new Error(`unknown collector type ${String(unreachable)}`);
    }
  }
}

export function isCollectorProblem(x: Collector | CollectorProblem): x is CollectorProblem {
  return 'code' in x;
}

/** How a pickup reads on the resident's status page and the case timeline: who, masked. */
export function pickupText(collector: { type?: unknown; name?: unknown } | null | undefined): string {
  const name = typeof collector?.name === 'string' && collector.name ? maskName(collector.name) : '';
  return name ? `已领取（领取人 ${name}）` : '已在综合窗口领取结果';
}

/** The masked line the receipt and staff lists show: 张*三（身份证 3301**********1234）. */
export function collectorLine(c: { name: string; idNumber: string | null }): string {
  return c.idNumber ? `${c.name}（身份证 ${maskIdNumber(c.idNumber)}）` : c.name;
}
