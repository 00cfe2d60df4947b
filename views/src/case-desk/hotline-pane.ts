// 热线转办 in the console's panel (F8 / Z): clerks take 12345 and street hotline transfers too. The shared
// hotline entry, built on first use; after a transfer is accepted it shows the request number and query code
// to read to the caller. What was typed survives a failed send and an expired sign-in; signing out drops it.
import { ApiError } from '../lib/api';
import { $ } from '../lib/dom';
import { mountHotlineEntry, type HotlineEntry } from '../requests/hotline-entry';

export interface HotlinePaneOptions {
  hall: string;
  /** A 401: the panel closes and asks for a new sign-in. */
  onExpired(error: unknown): void;
}

export function createHotlinePane(o: HotlinePaneOptions) {
  let entry: HotlineEntry | null = null;

  return {
    show(): void {
      entry ??= mountHotlineEntry($('#hl-host'), {
        halls: [{ code: o.hall, name: o.hall }], // the console's own hall: no choice is shown
        draftKey: `onewindow.request-draft.hotline.console.${o.hall}`,
        onFailed: (err) => err instanceof ApiError && err.status === 401 && o.onExpired(err),
      });
      entry.focus();
    },
    forget(): void {
      entry?.forget();
      entry = null;
      $('#hl-host').replaceChildren();
    },
  };
}
