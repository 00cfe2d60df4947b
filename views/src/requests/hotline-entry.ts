// A hotline transfer (12345 市民热线 / 街道热线) entered at a staff desk, the dispatcher's board and the clerk
// console alike: the report form in hotline mode and, once the server accepts it, the request number and query
// code to read to the caller. A failed send keeps the form as typed (the form says why).
import { html, nothing, render } from 'lit-html';
import type { RequestCreatedView } from '../../../src/requests/domain/request-views';
import { mountReportForm } from './report-form';
import { dateTimeText } from './request-times';

export interface HotlineEntryOptions {
  /** The halls this user may enter a transfer for (maySubmitSource); a choice shows when there are several. */
  halls: Array<{ code: string; name: string }>;
  /** The draft's key in this tab's sessionStorage: a caller's details do not outlive the desk's tab. */
  draftKey: string;
  onCreated?: (created: RequestCreatedView) => void;
  /** Every failed send, after the form showed why (a page signs in again on a 401). */
  onFailed?: (error: unknown) => void;
}

export interface HotlineEntry {
  /** Focus the work-order number, where a transfer starts. */
  focus(): void;
  /** Drop what was typed and the last result (signing out). */
  forget(): void;
}

export function mountHotlineEntry(host: HTMLElement, o: HotlineEntryOptions): HotlineEntry {
  const done = document.createElement('div');
  done.id = 'hl-done';
  done.className = 'hl-done';
  done.setAttribute('role', 'status');
  done.hidden = true;
  const formHost = document.createElement('div');
  host.classList.add('hl-entry');
  host.replaceChildren(done, formHost);

  const focus = () => host.querySelector<HTMLElement>('#rq-hotlineRef')?.focus({ preventScroll: true });

  function showDone(created: RequestCreatedView): void {
    render(
      html`<p class="hl-done-title">已登记热线转办，请告知来电人：</p>
        <dl class="hl-ticket">
          <div><dt>诉求编号</dt><dd id="hl-done-number" class="mono">${created.requestNumber}</dd></div>
          <div><dt>查询码</dt><dd id="hl-done-code" class="mono">${created.queryCode}</dd></div>
        </dl>
        <p class="rq-note">凭诉求编号和查询码可查询办理进度。承办部门将于 ${dateTimeText(created.respondBy)} 前响应，${dateTimeText(created.dueAt)} 前办结。</p>`,
      done,
    );
    done.hidden = false;
    o.onCreated?.(created);
    focus(); // the next call, with the number and code still in sight above it
    done.scrollIntoView({ block: 'nearest' });
  }

  const form = mountReportForm(formHost, {
    mode: 'hotline',
    store: window.sessionStorage,
    draftKey: o.draftKey,
    halls: o.halls,
    phoneLabel: '来电人手机号',
    phoneHint: '承办部门据此联系来电人、回访',
    auth: true,
    onCreated: showDone,
    onFailed: o.onFailed,
  });

  return {
    focus,
    forget(): void {
      form.reset();
      render(nothing, done);
      done.hidden = true;
    },
  };
}
