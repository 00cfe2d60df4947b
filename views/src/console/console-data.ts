// The console's page data: what consoleViewModel embeds as the JSON data block.
import type { consoleViewModel } from '../../../src/cases/view-models/console.view-model';

export type ConsoleData = ReturnType<typeof consoleViewModel>['client'];
export type DeskData = ConsoleData['desk'];
