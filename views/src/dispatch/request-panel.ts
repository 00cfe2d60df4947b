// The request panel of the board and the desk: the facts, photos, departments' tasks, 回访 and trail of
// GET /api/v1/requests/{id}, and exactly the buttons of its `actions` (requestActionsFor, the server's rule).
import { html, nothing, render } from 'lit-html';
import { hotlineRefText } from '../../../src/requests/domain/hotline-ref';
import type { RequestDetailView } from '../../../src/requests/domain/request-views';
import { $, $$, setText } from '../lib/dom';
import { countdown, LEVEL_TEXT } from './request-countdown';
import type { Lookups, RequestPageData } from './request-page-data';
import { shortTime } from './request-page-data';
import { RequestPhotos, type PhotoState } from './request-photos';

export function createPanel(data: RequestPageData, lookups: Lookups) {
  const short = shortTime(data.timeZone);
  const photos = new RequestPhotos();
  let shown: RequestDetailView | null = null;

  const facts = (pairs: Array<[string, string | null | undefined]>) =>
    html`<dl class="dr-facts">${pairs.filter(([, v]) => !!v).map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>`;
  const section = (title: string, body: unknown) => html`<section class="dr-section"><h4>${title}</h4>${body}</section>`;

  function drawPhotos(states: PhotoState[]): void {
    const box = document.getElementById('rq-photos');
    if (!box) return;
    render(
      states.map((p, i) =>
        p.url
          ? html`<a class="rq-photo" href=${p.url} target="_blank" rel="noopener"><img src=${p.url} alt=${`现场照片 ${i + 1}`} data-photo=${p.id}></a>`
          : html`<span class="rq-photo rq-photo-wait">${p.failed ? '照片加载失败' : '加载中…'}</span>`,
      ),
      box,
    );
  }

  /** The light and time left; the page calls it every second. */
  function tick(now: number): void {
    if (!shown) return;
    const c = countdown(shown, now);
    const dot = $('#rq-light');
    dot.className = c.level ? `light light-${c.level}` : 'light light-none';
    dot.title = c.level ? LEVEL_TEXT[c.level] : '不计时';
    setText('#rq-countdown', c.label ? `${c.label} ${c.text}` : '');
    $('#rq-countdown').className = `dr-remaining${c.late ? ' late' : ''}`;
  }

  function show(r: RequestDetailView, now: number): void {
    const box = $('#rq-panel');
    const changedRequest = shown?.id !== r.id;
    shown = r;
    box.hidden = false;
    box.dataset.request = String(r.id);
    document.body.classList.add('drawer-open');
    setText('#rq-number', r.requestNumber);
    setText('#rq-category', `${r.categoryName} · ${data.sourceText[r.source] ?? r.source}`);
    const status = $('#rq-status');
    status.className = `pill rq-st-${r.status}`;
    status.textContent = data.statusText[r.status] ?? r.status;
    for (const button of $$<HTMLButtonElement>('#rq-actions [data-action]')) button.hidden = !r.actions.includes(button.dataset.action as never);
    $('#rq-no-actions').hidden = r.actions.length > 0;
    tick(now);
    render(
      html`<p class="rq-description">${r.description}</p>
${r.photos.length ? html`<div id="rq-photos" class="rq-photos"></div>` : nothing}
${facts([
  ['地点', r.location],
  ['联系人', [r.name, r.phone].filter(Boolean).join('　')],
  ['热线工单', r.hotlineRef && hotlineRefText(r.hotlineRef)],
  ['上报时间', short(r.reportedAt)],
  ['派单时限', short(r.respondBy)],
  ['办结时限', short(r.dueAt)],
  ['派单时间', short(r.dispatchedAt)],
  ['答复时间', short(r.repliedAt)],
  ['办结时间', short(r.closedAt)],
])}
${r.tasks.length
  ? section(
      '承办部门',
      html`<ul class="rq-tasks">${r.tasks.map(
        (t) => html`<li class="rq-task rq-task-${t.status}" data-department=${t.departmentCode}>
<b>${t.departmentName || lookups.deptName(t.departmentCode)}</b> <span class="pill">${data.taskStatusText[t.status] ?? t.status}</span>${t.assigneeName ? html` <span class="muted small">经办：${t.assigneeName}</span>` : nothing}
${t.replyText ? html`<p class="rq-reply">答复（${short(t.repliedAt)}）：${t.replyText}</p>` : nothing}
${t.returnReason ? html`<p class="rq-return">退回理由：${t.returnReason}</p>` : nothing}
</li>`,
      )}</ul>`,
    )
  : nothing}
${r.revisit ? section('回访', html`<p>${r.revisit.satisfied ? '满意' : '不满意'}${r.revisit.note ? `：${r.revisit.note}` : ''} <span class="muted small">${short(r.revisit.at)} ${r.revisit.actorName ?? ''}</span></p>`) : nothing}
${section(
  '处理过程',
  html`<ol class="dr-timeline">${[...r.trail].reverse().map((e) => html`<li><time>${short(e.at)}</time><span class="dr-actor">${e.actorName ?? ''}</span><p>${e.text}</p></li>`)}</ol>`,
)}`,
      $<HTMLElement>('#rq-body'),
    );
    if (changedRequest) photos.load(r.photos, drawPhotos);
    else drawPhotos(r.photos.map((p) => ({ id: p.id, url: $maybeImg(p.id), failed: false })));
  }

  /** The object URL already shown for a photo (a refresh of the same request keeps its photos). */
  const $maybeImg = (id: number) => document.querySelector<HTMLImageElement>(`#rq-photos img[data-photo="${id}"]`)?.src ?? null;

  function hide(): void {
    shown = null;
    photos.clear();
    const box = $('#rq-panel');
    box.hidden = true;
    delete box.dataset.request;
    document.body.classList.remove('drawer-open');
  }

  return { show, hide, tick, current: () => shown };
}

export type RequestPanel = ReturnType<typeof createPanel>;
