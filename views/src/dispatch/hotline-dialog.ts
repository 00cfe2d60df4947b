// 登记热线转办 on the dispatcher's board (button or H): the shared hotline entry in a dialog. The new request is
// selected on the board behind it; the dialog stays open with its number and query code until Esc. What was
// typed survives a failed send and an expired sign-in; signing out drops it.
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import { maySubmitSource } from '../../../src/requests/domain/request-access';
import type { RequestCreatedView } from '../../../src/requests/domain/request-views';
import { ApiError } from '../lib/api';
import { $ } from '../lib/dom';
import { mountHotlineEntry, type HotlineEntry } from '../requests/hotline-entry';
import type { RequestPageData } from './request-page-data';

export interface HotlineDialogOptions {
  data: RequestPageData;
  onCreated: (created: RequestCreatedView) => void;
  onExpired: () => void;
}

export function createHotlineDialog(o: HotlineDialogOptions) {
  const dialog = $<HTMLDialogElement>('#hl-dialog');
  let entry: HotlineEntry | null = null;
  let user: AuthUser | null = null;

  function open(): void {
    if (!user) return;
    entry ??= mountHotlineEntry($('#hl-host'), {
      halls: o.data.halls.filter((h) => maySubmitSource(user, 'hotline', h.code)),
      draftKey: `onewindow.request-draft.hotline.${user.username}`,
      onCreated: o.onCreated,
      onFailed: (err) => {
        if (err instanceof ApiError && err.status === 401) {
          dialog.close();
          o.onExpired();
        }
      },
    });
    if (!dialog.open) dialog.showModal();
    entry.focus();
  }

  $('#dp-hotline').addEventListener('click', open);
  $('#hl-close').addEventListener('click', () => dialog.close());

  /** Drops what was typed and the form (built again on the next open). */
  function forget(): void {
    entry?.forget();
    entry = null;
    $('#hl-host').replaceChildren();
  }

  return {
    open,
    isOpen: () => dialog.open,
    forget,
    /** Someone signed in: another user does not see what the last one typed. */
    start(u: AuthUser): void {
      if (user && user.username !== u.username) forget();
      user = u;
    },
    /** Signed out or expired: the dialog closes; what was typed stays for the same user signing in again. */
    stop(): void {
      if (dialog.open) dialog.close();
    },
  };
}
