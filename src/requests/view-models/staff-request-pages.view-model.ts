import { DomainError } from '../../common/domain-error';
import { HallErrorCode } from '../../halls/domain/hall-errors';
import type { RequestCommand } from '../domain/request-state';
import { REQUEST_SOURCE_LABELS, REQUEST_STATUS_LABELS, REQUEST_TASK_STATUS_LABELS } from '../domain/request-views';

/** A request action's button. Whether it shows is not decided here: GET /requests/{id} answers `actions`. */
export interface RequestActionButton {
  id: RequestCommand;
  label: string;
  /** KeyboardEvent.key values (lower case) that trigger it while a request is open. */
  keys: string[];
  keyHint: string;
  kind: 'primary' | 'normal' | 'danger';
  /** What the toast says when it worked. */
  done: string;
}

export const REQUEST_ACTION_BUTTONS: RequestActionButton[] = [
  { id: 'dispatch', label: '派单', keys: ['d'], keyHint: 'D', kind: 'primary', done: '已派单' },
  { id: 'claim', label: '接单', keys: ['c'], keyHint: 'C', kind: 'primary', done: '已接单' },
  { id: 'reply', label: '答复', keys: ['r'], keyHint: 'R', kind: 'primary', done: '已答复' },
  { id: 'close', label: '办结', keys: ['e'], keyHint: 'E', kind: 'primary', done: '已办结' },
  { id: 'revisit', label: '回访', keys: ['v'], keyHint: 'V', kind: 'normal', done: '回访已记录' },
  { id: 'return', label: '退回调度', keys: ['t'], keyHint: 'T', kind: 'danger', done: '已退回调度中心' },
];

/** 登记热线转办 on the board: a letter no request action or J/K uses. */
export const HOTLINE_ENTRY_KEY = { keys: ['h'], keyHint: 'H', label: '登记热线转办' };

export interface PageHall {
  code: string;
  name: string;
  timeZone: string;
}

/** What every request page hands its script: the labels, and the server's clock (the countdowns follow it, not the PC's). */
function client(halls: readonly PageHall[], hall: PageHall | null, serverNow: number) {
  return {
    /** Lists filtered to this hall (?hall=), else every hall the user reaches. */
    hall: hall?.code ?? null,
    timeZone: (hall ?? halls[0])?.timeZone ?? 'Asia/Shanghai',
    serverNow,
    statusText: REQUEST_STATUS_LABELS,
    sourceText: REQUEST_SOURCE_LABELS,
    taskStatusText: REQUEST_TASK_STATUS_LABELS,
    actions: REQUEST_ACTION_BUTTONS,
  };
}

const moveKeys = [
  { keyHint: 'J / K', label: '下一件 / 上一件' },
  { keyHint: 'Enter', label: '打开 / 确认' },
  { keyHint: 'Esc', label: '取消 / 关闭' },
];

/** The hall asked for in ?hall=, null when none was asked; an unknown one is a 404. */
function pick(halls: readonly PageHall[], asked: string | null): PageHall | null {
  if (!asked) return null;
  const hall = halls.find((h) => h.code === asked);
  if (!hall) throw DomainError.notFound(HallErrorCode.HALL_NOT_FOUND, `服务大厅 ${asked} 不存在`);
  return hall;
}

/** 指挥调度 (/dispatch?hall=): the dispatcher's live board; without ?hall= every hall the user may dispatch for. */
export function dispatchPageViewModel(halls: readonly PageHall[], asked: string | null, serverNow: number) {
  const hall = pick(halls, asked);
  const dispatcherKeys = REQUEST_ACTION_BUTTONS.filter((a) => ['dispatch', 'close', 'revisit'].includes(a.id));
  return {
    title: hall ? `指挥调度 · ${hall.name}` : '指挥调度 · 接诉即办',
    hallName: hall?.name ?? null,
    shortcuts: [...moveKeys, ...dispatcherKeys.map((a) => ({ keyHint: a.keyHint, label: a.label })), { keyHint: HOTLINE_ENTRY_KEY.keyHint, label: HOTLINE_ENTRY_KEY.label }],
    hotlineKey: HOTLINE_ENTRY_KEY.keyHint,
    client: {
      ...client(halls, hall, serverNow),
      // a hotline transfer goes to the asked hall, else to one the user works in (the form offers the choice)
      halls: (hall ? [hall] : halls).map((h) => ({ code: h.code, name: h.name })),
      hotlineKeys: HOTLINE_ENTRY_KEY.keys,
    },
    actions: REQUEST_ACTION_BUTTONS,
  };
}

/** 部门诉求 (/requests/desk?department=): an officer's departments' requests. */
export function requestDeskViewModel(halls: readonly PageHall[], department: string | null, serverNow: number) {
  const officerKeys = REQUEST_ACTION_BUTTONS.filter((a) => ['claim', 'reply', 'return'].includes(a.id));
  return {
    title: '部门诉求 · 接诉即办',
    shortcuts: [...moveKeys, ...officerKeys.map((a) => ({ keyHint: a.keyHint, label: a.label }))],
    client: { ...client(halls, null, serverNow), department },
    actions: REQUEST_ACTION_BUTTONS,
  };
}

export const FIGURES_GROUPINGS = [
  { id: 'category', label: '按诉求分类' },
  { id: 'department', label: '按承办部门' },
  { id: 'week', label: '按周' },
] as const;

/** 诉求统计 (/requests/figures). */
export function requestFiguresViewModel(halls: readonly PageHall[], serverNow: number) {
  return {
    title: '诉求统计 · 接诉即办',
    groupings: FIGURES_GROUPINGS,
    client: { ...client(halls, null, serverNow), groupings: FIGURES_GROUPINGS },
  };
}
