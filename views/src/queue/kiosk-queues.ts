// The kiosk's queue buttons, rendered here only: at start from the page data, again when an admin changes the queues.
import { html, render } from 'lit-html';

export interface KioskQueue {
  code: string;
  name: string;
  waiting: number;
  openWindows: number;
}

export function renderQueueButtons(grid: HTMLElement, queues: readonly KioskQueue[], disabled: boolean): void {
  render(
    queues.map(
      (q) => html`<button type="button" class="queue-btn" data-queue=${q.code} ?disabled=${disabled}>
  <span class="q-code">${q.code}</span>
  <span class="q-name">${q.name}</span>
  <span class="q-wait">等候 <b data-waiting=${q.code}>${q.waiting}</b> 人 · <span data-open=${q.code}>${q.openWindows}</span> 个窗口可办理</span>
  <span class="q-none">暂无窗口开放，开放后按顺序叫号</span>
</button>`,
    ),
    grid,
  );
}
