import { DomainError } from '../../common/domain-error';
import { HallErrorCode } from '../../halls/domain/hall-errors';
import { CASE_STATUS_SHORT } from '../../cases/view-models/case-labels';

export interface PageHall {
  code: string;
  name: string;
  timeZone: string;
}

export interface PageDepartment {
  code: string;
  name: string;
}

/** The lights as the supervisor reads them, gravest last (the order of the tiles). */
export const LIGHT_LABELS = [
  { id: 'green', label: '绿灯', hint: '正常办理' },
  { id: 'yellow', label: '黄牌', hint: '临近承诺时限' },
  { id: 'red', label: '红牌', hint: '超过承诺时限，自动督办' },
  { id: 'red_plus', label: '红牌+', hint: '超过法定时限' },
] as const;

export const PERIOD_LABELS = [
  { id: 'day', label: '日', hint: '按日' },
  { id: 'week', label: '周', hint: '按周（周一起）' },
  { id: 'month', label: '月', hint: '按月' },
] as const;

/** The five figures with their definitions, shown under the charts so every number says what it counts. */
export const FIGURE_DEFINITIONS = [
  { id: 'onTime', label: '按时办结率', unit: 'rate', definition: '统计期内办结的承诺件中，办结日期不晚于承诺办结日期（含批准延期、特别程序）的比例；按小时计时的诉求以时刻比较；即办件不计入。' },
  { id: 'duration', label: '平均办理用时', unit: 'days', definition: '统计期内办结的承诺件，从受理到办结经过的工作日数（受理次日起算，含特别程序和延期）的平均值，另按事项列出。' },
  { id: 'satisfaction', label: '满意率', unit: 'rate', definition: '统计期内收到的评价中“满意”“非常满意”（4–5 分）所占比例，含系统默认评价。' },
  { id: 'rectification', label: '差评按期整改率', unit: 'rate', definition: '统计期内产生的差评整改任务中，在整改期限内办结的比例；分母为已办结或已过期限的任务，未到期的在办任务不计入。' },
  { id: 'oneVisit', label: '最多跑一次率', unit: 'rate', definition: '统计期内办结的全部办件中，事项最多跑一次（跑动次数≤1）且从未要求补正、未退回窗口的比例。' },
] as const;

/** The supervision page: the hall to watch (the asked one, else the first) and the labels; data comes by API. */
export function supervisionPageViewModel(halls: readonly PageHall[], departments: readonly PageDepartment[], asked: string | null) {
  const hall = asked === null || asked === '' ? halls[0] : halls.find((h) => h.code === asked);
  if (!hall) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, asked ? `服务大厅 ${asked} 不存在` : '尚未设置服务大厅');
  return {
    title: `电子监察 · ${hall.name}`,
    hall: { code: hall.code, name: hall.name },
    halls: halls.map((h) => ({ code: h.code, name: h.name, href: `/supervision?hall=${encodeURIComponent(h.code)}`, current: h.code === hall.code })),
    showHallSwitch: halls.length > 1,
    lights: LIGHT_LABELS,
    periods: PERIOD_LABELS,
    figures: FIGURE_DEFINITIONS,
    client: {
      hall: hall.code,
      timeZone: hall.timeZone,
      departments: departments.map((d) => ({ code: d.code, name: d.name })),
      lights: LIGHT_LABELS,
      periods: PERIOD_LABELS,
      figures: FIGURE_DEFINITIONS,
      statusText: CASE_STATUS_SHORT,
      /** The page refetches the board this long after the last live event, and at least this often. */
      debounceMs: 300,
      refreshEveryMs: 60_000,
      noteMaxLength: 500,
    },
  };
}
