// The console's page data: what consoleViewModel embeds as the JSON data block.
import type { consoleViewModel } from '../../../src/cases/view-models/console.view-model';
import type { HallLayoutView } from '../../../src/halls/domain/hall-layout';
import { servedQueues } from '../../../src/queue/domain/ordering';

export type ConsoleData = ReturnType<typeof consoleViewModel>['client'];
export type DeskData = ConsoleData['desk'];

/** An administrator changed the hall (`hall.changed`): take its queues and windows as the page data had them. */
export function applyHallLayout(data: ConsoleData, layout: Pick<HallLayoutView, 'queues' | 'windows'>): void {
  const codes = layout.queues.map((q) => q.code);
  data.queues.splice(0, data.queues.length, ...layout.queues.map((q) => ({ code: q.code, name: q.name })));
  data.windows.splice(0, data.windows.length, ...layout.windows.map((w) => ({ number: w.number, name: w.name, serves: servedQueues(w.kind, w.queueCodes, codes) })));
}
