// The resident's phone report page (/requests/new?hall=TC): the report form, then the request number and
// query code, large, with the link to the status page.
import type { RequestCreatedView } from '../../../src/requests/domain/request-views';
import type { reportPageViewModel } from '../../../src/requests/view-models/request-pages.view-model';
import { $, setText } from '../lib/dom';
import { mountReportForm } from './report-form';
import { dateTimeText } from './request-times';

export type ReportPageData = ReturnType<typeof reportPageViewModel>['client'];

export function startReportPage(data: ReportPageData): void {
  const report = $('#rq-report');
  const done = $('#rq-done');

  function showDone(created: RequestCreatedView): void {
    setText('#rq-done-number', created.requestNumber);
    setText('#rq-done-code', created.queryCode);
    setText('#rq-done-due', `承办部门将于 ${dateTimeText(created.respondBy)} 前响应，${dateTimeText(created.dueAt)} 前办结。`);
    $<HTMLAnchorElement>('#rq-done-link').href = `/requests/status/${encodeURIComponent(created.requestNumber)}?code=${encodeURIComponent(created.queryCode)}`;
    report.hidden = true;
    done.hidden = false;
    done.focus();
    window.scrollTo(0, 0);
  }

  const form = mountReportForm($('#rq-form-host'), {
    draftKey: data.draftKey,
    halls: data.halls,
    phoneLabel: '您的手机号码',
    phoneHint: '承办部门会通过此号码与您联系、告知处理结果',
    auth: false,
    onCreated: showDone,
  });

  $('#rq-again').addEventListener('click', () => {
    form.reset();
    done.hidden = true;
    report.hidden = false;
    window.scrollTo(0, 0);
  });
}
