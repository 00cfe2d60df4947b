// The grid worker's phone page (/grid): sign in as `grid`, report what the patrol found with the same form
// residents use (上报方式 网格员/巡查, the hall from the account), and follow one's own reports.
import { html, render } from 'lit-html';
import type { AuthUser } from '../../../src/auth/domain/auth-user';
import { REQUEST_SOURCE_LABELS, REQUEST_STATUS_LABELS, type RequestCreatedView, type RequestListItem } from '../../../src/requests/domain/request-views';
import type { gridPageViewModel } from '../../../src/requests/view-models/request-pages.view-model';
import { api, ApiError, failureText } from '../lib/api';
import { $, setText } from '../lib/dom';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { mountReportForm } from './report-form';
import { dateTimeText } from './request-times';

export type GridPageData = ReturnType<typeof gridPageViewModel>['client'];

export function startGridPage(data: GridPageData): void {
  const work = $('#gr-work');
  const mine = $('#gr-mine');
  const done = $('#gr-done');

  const expired = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401) signIn.show(EXPIRED_TEXT);
  };

  async function loadMine(): Promise<void> {
    try {
      const list = await api<RequestListItem[]>('/api/v1/requests?mine=true');
      render(
        list.length
          ? html`<ul class="rq-mine">${list.map(
              (r) => html`<li class="rq-mine-item">
                <div class="rq-mine-head"><b>${r.categoryName}</b><span class="rq-badge rq-badge-${r.status}">${REQUEST_STATUS_LABELS[r.status]}</span></div>
                <p class="rq-mine-text">${r.description}</p>
                <div class="rq-mine-meta">${r.requestNumber} · ${REQUEST_SOURCE_LABELS[r.source]} · ${dateTimeText(r.reportedAt)}${r.location ? ` · ${r.location}` : ''}</div>
              </li>`,
            )}</ul>`
          : html`<p class="rq-note">还没有上报记录。</p>`,
        mine,
      );
    } catch (error) {
      expired(error);
      render(html`<p class="rq-problem" role="alert">加载失败：${failureText(error)}</p>`, mine);
    }
  }

  function showDone(created: RequestCreatedView): void {
    render(
      html`<p class="rq-done-line">已上报，诉求编号 <b id="gr-done-number">${created.requestNumber}</b>，查询码 <b>${created.queryCode}</b></p>
        <p class="rq-note">承办部门应于 ${dateTimeText(created.respondBy)} 前响应。</p>`,
      done,
    );
    done.hidden = false;
    done.focus();
    window.scrollTo(0, 0);
    void loadMine();
  }

  function start(user: AuthUser): void {
    const halls = user.hallCodes.length ? data.halls.filter((h) => user.hallCodes.includes(h.code)) : data.halls;
    setText('#gr-user-name', user.displayName);
    $('#gr-user').hidden = false;
    done.hidden = true;
    work.hidden = false;
    mountReportForm($('#rq-form-host'), {
      draftKey: `onewindow.request-draft.grid.${user.username}`,
      halls,
      sources: data.sources,
      phoneLabel: '联系电话',
      phoneHint: '当事群众或您本人的手机号，承办部门据此联系',
      auth: true,
      onCreated: showDone,
      onFailed: expired,
    });
    void loadMine();
  }

  const signIn = setupSignIn({
    id: 'gr-login',
    roles: data.roles,
    refused: '该账号不是网格员账号，请使用网格员账号登录',
    onSignedIn: start,
    onSignedOut: () => {
      work.hidden = true;
      $('#gr-user').hidden = true;
    },
  });
  $('#gr-logout').addEventListener('click', () => signIn.signOut());
  $('#gr-refresh').addEventListener('click', () => void loadMine());
}
