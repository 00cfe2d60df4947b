// The resident's request page (/requests/status/{number}?code=): status, the departments' replies, the steps,
// and, once replied, the rating. The public view carries no phone or name.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { PublicRequestView } from '../../../src/requests/domain/request-views';
import type { RequestStatus } from '../../../src/requests/domain/request-state';
import type { requestStatusViewModel } from '../../../src/requests/view-models/request-pages.view-model';
import { mountRating } from '../evaluations/rating-widget';
import { api, ApiError } from '../lib/api';
import { $ } from '../lib/dom';
import { dateTimeText } from './request-times';

export type StatusPageData = ReturnType<typeof requestStatusViewModel>['client'];

const TONE: Record<RequestStatus, string> = {
  reported: 'wait',
  dispatched: 'wait',
  in_progress: 'wait',
  returned: 'wait',
  replied: 'done',
  closed: 'done',
};

function view(r: PublicRequestView): TemplateResult {
  const latest = r.timeline.length - 1;
  return html`<section class="rq-card" aria-labelledby="rq-status-text">
      <div class="rq-category">${r.categoryName}</div>
      <div class="rq-status rq-tone-${TONE[r.status]}" role="status"><div id="rq-status-text" class="rq-status-text">${r.statusText}</div></div>
      <dl class="rq-facts">
        <div><dt>诉求编号</dt><dd id="rq-number">${r.requestNumber}</dd></div>
        <div><dt>反映时间</dt><dd>${dateTimeText(r.reportedAt, true)}</dd></div>
        <div><dt>应办结时间</dt><dd id="rq-due">${dateTimeText(r.dueAt, true)}</dd></div>
      </dl>
    </section>
    ${r.replies.length
      ? html`<section class="rq-card" aria-labelledby="rq-replies-title">
          <h2 class="rq-h2" id="rq-replies-title">部门答复</h2>
          <ul class="rq-replies" id="rq-replies">
            ${r.replies.map((p) => html`<li><div class="rq-reply-head"><b>${p.departmentName}</b><time>${dateTimeText(p.at)}</time></div><p>${p.text}</p></li>`)}
          </ul>
        </section>`
      : nothing}
    <section class="rq-card" aria-labelledby="rq-timeline-title">
      <h2 class="rq-h2" id="rq-timeline-title">办理过程</h2>
      <ol class="rq-timeline" id="rq-timeline">
        ${r.timeline.map((step, i) => html`<li class=${i === latest ? 'latest' : ''}><time>${dateTimeText(step.at)}</time><p>${step.text}</p></li>`)}
      </ol>
    </section>`;
}

function missing(message: string): TemplateResult {
  return html`<section class="rq-card"><div class="rq-missing" role="alert"><h2 class="rq-h2">未查到诉求</h2><p>${message}</p></div>
    <a class="rq-submit rq-link-block" href="/requests/status">重新输入编号和查询码</a></section>`;
}

export async function startStatusPage(data: StatusPageData): Promise<void> {
  const host = $('#rq-status-host');
  const show = (view: TemplateResult) => {
    host.replaceChildren(); // the template's 正在查询… (lit renders beside what it did not render)
    render(view, host);
  };
  let found: PublicRequestView;
  try {
    found = await api<PublicRequestView>(`/api/v1/public/requests/${encodeURIComponent(data.requestNumber)}?code=${encodeURIComponent(data.code)}`, { auth: false });
  } catch (error) {
    const text = error instanceof ApiError && error.status === 404 ? '请核对诉求编号和查询码（在提交成功的页面上）。' : error instanceof ApiError && error.status === 429 ? error.message : '查询失败，请检查网络后刷新页面重试。';
    show(missing(text));
    return;
  }
  document.title = `${found.statusText} · ${found.requestNumber}`;
  show(view(found));
  if (!found.canRate) return;
  const box = $('#rq-rating');
  box.hidden = false;
  mountRating(box, {
    prompt: '请您对本次诉求的办理结果进行评价',
    submit: (score, comment) => api('/api/v1/evaluations', { method: 'POST', body: { requestNumber: found.requestNumber, code: data.code, score, ...(comment ? { comment } : {}) }, auth: false }),
  });
}
