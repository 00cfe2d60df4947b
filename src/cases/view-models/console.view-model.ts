import { CASE_DESK_TABS, caseDeskClient, INTAKE_DECISIONS } from './case-intake.view-model';
import { CONSOLE_ACTIONS } from '../../queue/view-models/console-actions';
import { servedQueues } from '../../queue/domain/ordering';
import type { HallSource } from '../../queue/view-models/hall-source';
import { TICKET_STATUS_SHORT, WINDOW_STATUS_TEXT } from '../../queue/view-models/labels';

/** The clerk console (综合窗口工作台). `window` is the `?window=` preselection, if valid. */
export function consoleViewModel(src: HallSource, preselect: number | null) {
  const codes = src.queues.map((q) => q.code);
  const known = preselect !== null && src.windows.some((w) => w.number === preselect);
  return {
    title: `${src.hall.name} · 综合窗口工作台`,
    hallName: src.hall.name,
    actions: CONSOLE_ACTIONS.map((a) => ({ id: a.id, label: a.label, keyHint: a.keyHint, kind: a.kind })),
    shortcuts: [
      ...CONSOLE_ACTIONS.filter((a) => a.keyHint && a.id !== 'resume').map((a) => ({ keyHint: a.keyHint, label: a.id === 'pause' ? '暂停/恢复服务' : a.label })),
      ...CASE_DESK_TABS.map((t) => ({ keyHint: t.keyHint, label: t.label })),
    ],
    // the case panel (办件): intake, pickup, supplements and withdrawals
    deskTabs: CASE_DESK_TABS.map((t) => ({ id: t.id, label: t.label, keyHint: t.keyHint })),
    deskDecisions: INTAKE_DECISIONS,
    client: {
      hall: src.hall.code,
      queues: src.queues,
      windows: src.windows.map((w) => ({ number: w.number, name: w.name, serves: servedQueues(w.kind, w.queueCodes, codes) })),
      actions: CONSOLE_ACTIONS,
      windowStatusText: WINDOW_STATUS_TEXT,
      ticketStatusText: TICKET_STATUS_SHORT,
      preselectWindow: known ? preselect : null,
      desk: caseDeskClient(),
    },
  };
}
