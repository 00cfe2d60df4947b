// The one report form of 接诉即办, on the resident's page (/requests/new), the grid worker's (/grid) and, in
// `hotline` mode, the dispatcher's board and the clerk console (a 12345 / street hotline transfer, with the
// hotline and its work-order number): category, description, location, phone, name, photos. What is typed is
// kept as a draft until the server accepts the report; a failed send keeps everything and says why; the button
// cannot send twice.
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { HOTLINE_CHANNELS, hotlineRefFor } from '../../../src/requests/domain/hotline-ref';
import type { RequestCategory } from '../../../src/requests/domain/request-categories';
import type { RequestCreatedView, RequestSource } from '../../../src/requests/domain/request-views';
import { api } from '../lib/api';
import { hotlineFieldsTemplate } from './hotline-fields';
import { PhotoPicker } from './photo-picker';
import { phoneDigits, phoneProblem, REPORT_LIMITS, reportProblems, type ReportField } from './report-checks';
import { clearDraft, EMPTY_DRAFT, readDraft, writeDraft, type ReportDraft } from './report-draft';
import { reportFailureText } from './report-errors';
import { locationText } from './location-text';
import { REPORT_TEXTS, type ReportMode } from './report-texts';

export interface ReportFormOptions {
  /** `hotline`: a transfer entered at a staff desk (source `hotline` with its `hotlineRef`); `report` by default. */
  mode?: ReportMode;
  /** Where drafts live: localStorage by default; a staff desk keeps a caller's details to its own tab (sessionStorage). */
  store?: Storage;
  /** Where the draft is kept (per hall for residents, per account for grid workers). */
  draftKey: string;
  /** The halls the report may go to: one (the resident's QR code), or the grid worker's choice. */
  halls: Array<{ code: string; name: string }>;
  /** The grid page's 上报方式; absent on the resident's page (the server takes `resident`). */
  sources?: Array<{ value: RequestSource; label: string }>;
  phoneLabel: string;
  phoneHint: string;
  /** Send the staff token (the grid page). */
  auth: boolean;
  onCreated: (created: RequestCreatedView) => void;
  /** Every failed send (after the form shows it): the grid page signs in again on a 401. */
  onFailed?: (error: unknown) => void;
}

export interface ReportForm {
  /** An empty form again (after a report was accepted, or to drop what was typed); the stored draft goes too. */
  reset(): void;
}

type Categories = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; list: RequestCategory[] };

export function mountReportForm(container: HTMLElement, options: ReportFormOptions): ReportForm {
  const mode = options.mode ?? 'report';
  const texts = REPORT_TEXTS[mode];
  const store = options.store ?? window.localStorage;
  let draft: ReportDraft = readDraft(store, options.draftKey);
  let categories: Categories = { state: 'loading' };
  const touched = new Set<ReportField>();
  let submitted = false;
  let sending = false;
  let failure = '';
  let locating = '';
  const photos = new PhotoPicker(() => show());

  const hall = () => (options.halls.some((h) => h.code === draft.hall) ? draft.hall : (options.halls[0]?.code ?? ''));
  const source = () => {
    if (mode === 'hotline') return 'hotline';
    return options.sources?.some((s) => s.value === draft.source) ? draft.source : (options.sources?.[0]?.value ?? '');
  };
  const channel = () => (HOTLINE_CHANNELS.some((c) => c.id === draft.hotlineChannel) ? draft.hotlineChannel : HOTLINE_CHANNELS[0].id);

  function update(patch: Partial<ReportDraft>): void {
    draft = { ...draft, ...patch };
    writeDraft(store, options.draftKey, draft);
    show();
  }

  function problemOf(field: ReportField): string | null {
    const live = field === 'phone' && phoneDigits(draft.phone).length >= 11;
    if (!submitted && !touched.has(field) && !live) return null;
    return reportProblems(draft, mode)[field] ?? null;
  }

  const problem = (field: ReportField, text: string | null) => html`<p class="rq-problem" id=${`rq-${field}-problem`} role=${text ? 'alert' : nothing}>${text ?? ''}</p>`;
  // leaving a field checks what was typed in it; leaving one still empty does not nag (and does not move the
  // submit button under a click that is on its way to it: the click would miss)
  const blur = (field: ReportField) => () => {
    if (!touched.has(field) && !draft[field].trim()) return;
    touched.add(field);
    show();
  };

  function categoriesTemplate(): TemplateResult {
    if (categories.state === 'loading') return html`<p class="rq-note">正在加载问题类别…</p>`;
    if (categories.state === 'failed') return html`<p class="rq-problem" role="alert">问题类别加载失败 <button type="button" class="rq-link-button" @click=${loadCategories}>重试</button></p>`;
    const bad = problemOf('categoryCode');
    return html`<fieldset class="rq-field rq-categories" aria-describedby="rq-categoryCode-problem" aria-invalid=${bad ? 'true' : 'false'}>
      <legend>问题类别 <span class="rq-required">必选</span></legend>
      <div class="rq-choices">
        ${categories.list.map(
          (c) => html`<label class="rq-choice">
            <input type="radio" name="categoryCode" .value=${c.code} .checked=${live(draft.categoryCode === c.code)} ?disabled=${sending} @change=${() => update({ categoryCode: c.code })}>
            <span>${c.name}</span>
          </label>`,
        )}
      </div>
      ${problem('categoryCode', bad)}
    </fieldset>`;
  }

  function choicesTemplate(): TemplateResult | typeof nothing {
    const hallChoice = options.halls.length > 1;
    const sources = mode === 'report' ? options.sources : undefined;
    if (!hallChoice && !sources) return nothing;
    return html`${hallChoice
      ? html`<div class="rq-field"><label for="rq-hall">上报到</label>
          <select id="rq-hall" .value=${live(hall())} ?disabled=${sending} @change=${(e: Event) => update({ hall: (e.target as HTMLSelectElement).value })}>
            ${options.halls.map((h) => html`<option value=${h.code} ?selected=${h.code === hall()}>${h.name}</option>`)}
          </select></div>`
      : nothing}
    ${sources
      ? html`<fieldset class="rq-field rq-sources"><legend>上报方式</legend><div class="rq-choices rq-choices-two">
          ${sources.map(
            (s) => html`<label class="rq-choice"><input type="radio" name="source" .value=${s.value} .checked=${live(source() === s.value)} ?disabled=${sending} @change=${() => update({ source: s.value })}><span>${s.label}</span></label>`,
          )}
        </div></fieldset>`
      : nothing}`;
  }

  function template(): TemplateResult {
    const description = problemOf('description');
    const location = problemOf('location');
    const phone = problemOf('phone');
    const name = problemOf('name');
    const phoneOk = !phone && phoneProblem(draft.phone) === null;
    const canLocate = texts.locate && 'geolocation' in navigator && window.isSecureContext;
    const hotlineRef = mode === 'hotline' ? problemOf('hotlineRef') : null;
    return html`<form class="rq-form" novalidate data-mode=${mode} @submit=${submit}>
      ${choicesTemplate()}
      ${mode === 'hotline'
        ? hotlineFieldsTemplate({ draft, channel: channel(), sending, problem: problem('hotlineRef', hotlineRef), invalid: !!hotlineRef, update, blur: blur('hotlineRef') })
        : nothing}
      ${categoriesTemplate()}
      <div class="rq-field">
        <label for="rq-description">问题描述 <span class="rq-required">必填</span></label>
        <textarea id="rq-description" rows="4" maxlength=${REPORT_LIMITS.description} placeholder=${texts.descriptionPlaceholder} aria-describedby="rq-description-count rq-description-problem" aria-invalid=${description ? 'true' : 'false'} ?disabled=${sending} .value=${live(draft.description)} @input=${(e: Event) => update({ description: (e.target as HTMLTextAreaElement).value })} @blur=${blur('description')}></textarea>
        <div class="rq-count" id="rq-description-count">${draft.description.trim().length}/${REPORT_LIMITS.description}</div>
        ${problem('description', description)}
      </div>
      <div class="rq-field">
        <label for="rq-location">发生位置 <span class="rq-optional">选填</span></label>
        <input id="rq-location" maxlength=${REPORT_LIMITS.location} placeholder="如：XX小区3号楼东侧路口" autocomplete="off" aria-describedby="rq-location-problem" aria-invalid=${location ? 'true' : 'false'} ?disabled=${sending} .value=${live(draft.location)} @input=${(e: Event) => update({ location: (e.target as HTMLInputElement).value })} @blur=${blur('location')}>
        ${canLocate ? html`<button type="button" class="rq-link-button" ?disabled=${sending || locating === '…'} @click=${locate}>${locating === '…' ? '正在定位…' : '使用我的当前位置'}</button>` : nothing}
        ${locating && locating !== '…' ? html`<p class="rq-note" role="status">${locating}</p>` : nothing}
        ${problem('location', location)}
      </div>
      <div class="rq-field">
        <label for="rq-phone">${options.phoneLabel} <span class="rq-required">必填</span></label>
        <input id="rq-phone" type="tel" inputmode="numeric" autocomplete="tel" maxlength="13" placeholder="11 位手机号码" aria-describedby="rq-phone-hint rq-phone-problem" aria-invalid=${phone ? 'true' : 'false'} ?disabled=${sending} .value=${live(draft.phone)} @input=${(e: Event) => update({ phone: (e.target as HTMLInputElement).value })} @blur=${blur('phone')}>
        <p class="rq-note" id="rq-phone-hint">${phoneOk ? html`<span class="rq-ok">✓ 号码格式正确</span> ` : nothing}${options.phoneHint}</p>
        ${problem('phone', phone)}
      </div>
      <div class="rq-field">
        <label for="rq-name">${texts.nameLabel} <span class="rq-optional">选填</span></label>
        <input id="rq-name" maxlength=${REPORT_LIMITS.name} autocomplete="name" placeholder="如：王女士" aria-describedby="rq-name-problem" aria-invalid=${name ? 'true' : 'false'} ?disabled=${sending} .value=${live(draft.name)} @input=${(e: Event) => update({ name: (e.target as HTMLInputElement).value })} @blur=${blur('name')}>
        ${problem('name', name)}
      </div>
      ${photos.template(sending)}
      <p class="rq-failure" id="rq-failure" role="alert" tabindex="-1">${failure}</p>
      <button type="submit" class="rq-submit" id="rq-submit" ?disabled=${sending} aria-busy=${sending ? 'true' : 'false'}>${sending ? texts.sending : texts.submit}</button>
      <p class="rq-note rq-privacy">${texts.note}</p>
    </form>`;
  }

  function show(): void {
    render(template(), container);
  }

  async function loadCategories(): Promise<void> {
    categories = { state: 'loading' };
    show();
    try {
      categories = { state: 'ready', list: await api<RequestCategory[]>('/api/v1/requests/categories', { auth: false }) };
    } catch {
      categories = { state: 'failed' };
    }
    show();
  }

  function locate(): void {
    locating = '…';
    show();
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        locating = '';
        const text = locationText(pos.coords);
        update({ location: draft.location.trim() ? `${draft.location.trim()}（${text}）`.slice(0, REPORT_LIMITS.location) : text });
      },
      () => {
        locating = '无法获取位置，请手动填写';
        show();
      },
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  }

  function body(): FormData {
    const form = new FormData();
    form.set('hall', hall());
    form.set('categoryCode', draft.categoryCode);
    form.set('description', draft.description.trim());
    form.set('phone', phoneDigits(draft.phone));
    if (draft.name.trim()) form.set('name', draft.name.trim());
    if (draft.location.trim()) form.set('location', draft.location.trim());
    if (source()) form.set('source', source());
    if (mode === 'hotline') form.set('hotlineRef', hotlineRefFor(channel(), draft.hotlineRef));
    for (const file of photos.files()) form.append('photos', file, file.name);
    return form;
  }

  async function submit(event: Event): Promise<void> {
    event.preventDefault();
    if (sending) return;
    submitted = true;
    const problems = reportProblems(draft, mode);
    if (Object.keys(problems).length) {
      failure = '';
      show();
      container.querySelector<HTMLElement>('[aria-invalid="true"] input, [aria-invalid="true"]')?.focus();
      return;
    }
    sending = true;
    failure = '';
    show();
    let created: RequestCreatedView;
    try {
      created = await api<RequestCreatedView>('/api/v1/requests', { method: 'POST', body: body(), auth: options.auth });
    } catch (error) {
      sending = false;
      failure = reportFailureText(error);
      show();
      container.querySelector<HTMLElement>('#rq-failure')?.focus();
      options.onFailed?.(error);
      return;
    }
    sending = false;
    reset();
    options.onCreated(created);
  }

  function reset(): void {
    // the grid worker keeps their hall and 上报方式, the desk its hotline, for the next report
    clearDraft(store, options.draftKey);
    draft = { ...EMPTY_DRAFT, hall: draft.hall, source: draft.source, hotlineChannel: draft.hotlineChannel };
    touched.clear();
    submitted = false;
    failure = '';
    photos.clear();
    show();
  }

  container.replaceChildren(); // the template's 正在加载… (lit renders beside what it did not render)
  void loadCategories();
  return { reset };
}
