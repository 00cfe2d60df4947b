import { RECTIFICATION_ROLES, type RectificationAction } from '../domain/rectification-access';
import type { RectificationLight } from '../domain/rectification-deadline';
import { RECTIFICATION_STATUS_TEXT, RESULT_TEXT } from '../domain/rectification-state';
import { SCORE_LABELS } from '../domain/score';
import type { EvaluationSource } from '../domain/evaluation-source';
import { parseId } from '../../common/domain/ids';

export const ACTION_TEXT: Record<RectificationAction, { label: string; hint: string }> = {
  verify: { label: '核实', hint: '核实情况：调阅记录、询问经办人，差评反映的问题是否属实' },
  rectify: { label: '整改', hint: '整改措施：针对问题采取了哪些改进' },
  reply: { label: '回复群众', hint: '回复内容及方式（电话、短信或当面）' },
  revisit: { label: '回访', hint: '回访情况：群众对整改结果的意见' },
  appeal: { label: '申诉', hint: '申诉理由：如诉求不符合政策规定、恶意差评等，并说明依据' },
  recheck: { label: '复核', hint: '复核意见' },
};

export const LIGHT_TEXT: Record<RectificationLight, string> = { green: '正常', yellow: '临期', red: '逾期' };

export const SOURCE_TEXT: Record<EvaluationSource, string> = { resident: '群众评价', pad: '窗口评价器', default: '默认评价' };

/** The rectification list and detail page (/rectifications) for departments, the front desk and supervisors. */
export function rectificationsViewModel(preselect: number | null) {
  return {
    title: '差评整改',
    client: {
      preselect,
      roles: RECTIFICATION_ROLES,
      filters: [
        { id: 'active', label: '进行中' },
        { id: 'closed', label: '已办结' },
        { id: '', label: '全部' },
      ],
      statusText: RECTIFICATION_STATUS_TEXT,
      actionText: ACTION_TEXT,
      recheckOutcomes: [
        { id: 'upheld', label: '差评属实，申诉不成立（退回整改）' },
        { id: 'overturned', label: '申诉成立，撤销差评（办结）' },
      ],
      resultText: RESULT_TEXT,
      lightText: LIGHT_TEXT,
      sourceText: SOURCE_TEXT,
      scoreLabels: SCORE_LABELS,
    },
  };
}

/** `?id=` deep link: a positive integer, or nothing. */
export function parseRectificationId(value: unknown): number | null {
  return parseId(value);
}
