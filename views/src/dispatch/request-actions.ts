// Running a request action from the panel (button or key): the form it needs first, then
// POST /api/v1/requests/{id}/{action}. Only what `actions` offers runs; a failure leaves the form as typed.
import type { RequestCommand } from '../../../src/requests/domain/request-state';
import type { RequestDetailView } from '../../../src/requests/domain/request-views';
import { api, ApiError, failureText } from '../lib/api';
import { $, toast } from '../lib/dom';
import { clearForm, needsForm, showForm } from './request-forms';
import type { Lookups, RequestPageData } from './request-page-data';
import type { RequestPanel } from './request-panel';

/** What an action answers when the user no longer sees the request (a department that returned it). */
type GoneAnswer = Pick<RequestDetailView, 'id' | 'requestNumber' | 'status' | 'level'>;

export interface ActionOptions {
  data: RequestPageData;
  lookups: Lookups;
  panel: RequestPanel;
  /** The server's answer after an action: the page updates its list and panel. */
  onDone: (updated: RequestDetailView) => void;
  /** The action took the request out of this user's sight (a department that returned it no longer sees it). */
  onGone: (id: number, requestNumber: string) => void;
  /** A 401: the page asks for a new sign-in. */
  onExpired: () => void;
}

export function createActions(o: ActionOptions) {
  let busy = false;

  async function run(r: RequestDetailView, command: RequestCommand, body: Record<string, unknown>): Promise<string | null> {
    const button = o.data.actions.find((a) => a.id === command);
    busy = true;
    try {
      const updated = await api<RequestDetailView | GoneAnswer>(`/api/v1/requests/${r.id}/${command}`, { method: 'POST', body });
      toast(`${button?.done ?? '已完成'}：${updated.requestNumber}`, 'ok');
      clearForm();
      if ('actions' in updated) o.onDone(updated);
      else o.onGone(r.id, r.requestNumber);
      return null;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) o.onExpired();
      const message = failureText(err);
      toast(message, 'error');
      return message;
    } finally {
      busy = false;
    }
  }

  function trigger(command: RequestCommand): void {
    const r = o.panel.current();
    if (!r || busy) return;
    if (!r.actions.includes(command)) return; // a key for a button that is not offered does nothing
    if (!needsForm(command)) {
      void run(r, command, {});
      return;
    }
    showForm(command, r, { lookups: o.lookups, onCancel: () => clearForm(), onSubmit: (body) => run(r, command, body) });
  }

  $('#rq-actions').addEventListener('click', (e) => {
    const button = (e.target as Element).closest<HTMLElement>('[data-action]');
    if (button?.dataset.action) trigger(button.dataset.action as RequestCommand);
  });

  /** The action a key stands for, if any. */
  const forKey = (key: string): RequestCommand | undefined => o.data.actions.find((a) => a.keys.includes(key))?.id;

  return { trigger, forKey, busy: () => busy };
}
