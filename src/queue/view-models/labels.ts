import type { TicketStatus } from '../domain/ticket-state';
import type { WindowStatus } from '../../halls/domain/window-kind';

/** What a resident reads for each ticket status; `{window}`, `{ahead}`, `{minutes}`, `{queue}` are filled in. */
export interface StatusText {
  title: string;
  detail: string;
  /** Colour family on the status page. */
  tone: 'wait' | 'call' | 'serve' | 'hold' | 'done' | 'miss';
}

export const TICKET_STATUS_TEXT: Record<TicketStatus, StatusText> = {
  waiting: { title: '等待中', detail: '前面还有 {ahead} 人，预计等待约 {minutes} 分钟', tone: 'wait' },
  called: { title: '请到 {window} 号窗口', detail: '正在叫您的号，请尽快前往办理', tone: 'call' },
  serving: { title: '办理中', detail: '正在 {window} 号窗口为您办理', tone: 'serve' },
  on_hold: { title: '暂时挂起', detail: '请备齐材料后尽快回到 {window} 号窗口', tone: 'hold' },
  done: { title: '已办结', detail: '业务已办理完毕，感谢您的耐心等待', tone: 'done' },
  no_show: { title: '已过号', detail: '叫号时您未到窗口，如需办理请重新取号或咨询导办台', tone: 'miss' },
  transferred: { title: '已转至{queue}', detail: '号码不变，请留意叫号', tone: 'wait' },
  cancelled: { title: '已取消', detail: '该号票已取消，如需办理请重新取号', tone: 'miss' },
};

/** The waiting line when nobody is ahead reads better than "0 人". */
export const NEXT_IN_LINE_DETAIL = '下一位就是您，请留意叫号';

/** Statuses after which nothing more happens to the ticket: the page stops listening. */
export const FINAL_TICKET_STATUSES: readonly TicketStatus[] = ['done', 'no_show', 'cancelled'];

export const WINDOW_STATUS_TEXT: Record<WindowStatus, string> = {
  closed: '暂未开放',
  open: '服务中',
  paused: '暂停服务',
};

/** Staff-facing short names of ticket statuses (the clerk console). */
export const TICKET_STATUS_SHORT: Record<TicketStatus, string> = {
  waiting: '等待中',
  called: '已叫号',
  serving: '办理中',
  on_hold: '已挂起',
  done: '已办结',
  no_show: '已过号',
  transferred: '已转移',
  cancelled: '已取消',
};

/** Replaces `{name}` placeholders; unknown names stay visible so a missing value is noticed, not hidden. */
export function fillTemplate(template: string, values: Record<string, string | number | null | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined || value === null ? whole : String(value);
  });
}

export interface ResidentTicketFacts {
  status: TicketStatus;
  ahead: number;
  estimatedWaitMinutes: number;
  windowNumber: number | null;
  queueName: string;
}

/** The headline and the sentence under it on the resident's status page. */
export function residentStatusText(t: ResidentTicketFacts): StatusText {
  const text = TICKET_STATUS_TEXT[t.status];
  const values = { window: t.windowNumber, ahead: t.ahead, minutes: t.estimatedWaitMinutes, queue: t.queueName };
  const detail = t.status === 'waiting' && t.ahead === 0 ? NEXT_IN_LINE_DETAIL : text.detail;
  return { title: fillTemplate(text.title, values), detail: fillTemplate(detail, values), tone: text.tone };
}
