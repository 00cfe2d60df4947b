// 好差评 widget: five faces 非常满意…非常不满意, an optional comment for 1–2, a thank-you.
// Used by the ticket status page, the case status page and the window pad. With a `target` it first asks
// the server whether the subject can still be rated, then posts to /api/v1/evaluations; with `submit`
// the caller decides where the rating goes (the pad).
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { Score } from '../../../src/evaluations/domain/score';
import { api, ApiError, failureText } from '../lib/api';
import { face } from './rating-face';
import { RATING_CHOICES } from './rating-scale';

/** Who may rate what: a ticket by its status token, a case by its query code. */
export type RatingTarget = { ticketId: number; token: string } | { caseNumber: string; code: string };

/** GET /api/v1/evaluations/subject */
interface SubjectStatus {
  rateable: boolean;
  rated: boolean;
  evaluation: { label: string } | null;
}

const TEXT = {
  prompt: '请您对本次服务进行评价',
  commentPrompt: '很抱歉让您不满意，请告诉我们问题出在哪里（选填）',
  commentPlaceholder: '例如：等候时间长、材料要求没有一次说清…',
  submit: '提交评价',
  back: '重新选择',
  thanks: '感谢您的评价！',
  thanksBad: '我们会认真核实、整改，并按时回复您。',
  rated: '您已评价',
  retry: '提交失败，请重试',
};
export type RatingTexts = typeof TEXT;

export interface RatingOptions<R> {
  target?: RatingTarget;
  submit?: (score: Score, comment: string | null) => Promise<R>;
  size?: 'normal' | 'large';
  prompt?: string;
  texts?: Partial<RatingTexts>;
  onDone?: (receipt: R, score: Score) => void;
  /** Return false when the caller took care of the failure. */
  onError?: (error: unknown) => boolean;
  /** The comment box was shown (the pad watches it for idleness). */
  onComment?: (box: HTMLTextAreaElement) => void;
}

export interface RatingWidget {
  /** A resident is writing a comment, or a rating is being sent. */
  busy(): boolean;
  destroy(): void;
}

type View = { kind: 'none' } | { kind: 'faces'; message?: string } | { kind: 'comment'; score: Score } | { kind: 'thanks'; score: Score } | { kind: 'rated'; label: string | null };

const labelOf = (score: Score) => RATING_CHOICES.find((c) => c.score === score)?.label ?? '';
const isBad = (score: Score) => RATING_CHOICES.find((c) => c.score === score)?.bad ?? false;

function subjectQuery(t: RatingTarget): string {
  const q: Record<string, string | number> = 'ticketId' in t ? { ticketId: t.ticketId, token: t.token } : { caseNumber: t.caseNumber, code: t.code };
  return Object.entries(q).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

export function mountRating<R = unknown>(container: HTMLElement, options: RatingOptions<R>): RatingWidget {
  const text = { ...TEXT, ...options.texts };
  const prompt = options.prompt ?? text.prompt;
  const root = document.createElement('div');
  root.className = `rt rt-${options.size ?? 'normal'}`;
  container.replaceChildren(root);
  let view: View = { kind: 'none' };
  let sending = false;
  let destroyed = false;

  function show(next: View): void {
    view = next;
    if (destroyed) return;
    root.classList.toggle('rt-sending', sending);
    render(template(), root);
  }

  function template(): TemplateResult | typeof nothing {
    switch (view.kind) {
      case 'none':
        return nothing;
      case 'faces':
        return html`<p class="rt-prompt">${prompt}</p>
          <div class="rt-faces" role="group" aria-label=${prompt}>
            ${RATING_CHOICES.map(
              (c) => html`<button type="button" class="rt-btn rt-btn-${c.score}" data-score=${c.score} aria-label=${c.label} ?disabled=${sending} @click=${() => choose(c.score)}>
                ${face(c.score)}<span class="rt-label">${c.label}</span>
              </button>`,
            )}
          </div>
          ${view.message ? html`<p class="rt-error" role="alert">${view.message}</p>` : nothing}`;
      case 'comment': {
        const score = view.score;
        return html`<div class="rt-chosen">${face(score)}<span class="rt-label">${labelOf(score)}</span></div>
          <p class="rt-prompt">${text.commentPrompt}</p>
          <textarea class="rt-comment" maxlength="500" rows="3" placeholder=${text.commentPlaceholder} aria-label=${text.commentPrompt} ?disabled=${sending}></textarea>
          <div class="rt-actions">
            <button type="button" class="rt-submit" ?disabled=${sending} @click=${() => void submit(score, commentBox()?.value.trim() || null)}>${text.submit}</button>
            <button type="button" class="rt-back" ?disabled=${sending} @click=${() => show({ kind: 'faces' })}>${text.back}</button>
          </div>`;
      }
      case 'thanks':
        return html`<div class="rt-thanks" role="status">
          ${face(view.score)}
          <p class="rt-thanks-title">${text.thanks}</p>
          <p class="rt-thanks-detail">${isBad(view.score) ? text.thanksBad : `您的评价：${labelOf(view.score)}`}</p>
        </div>`;
      case 'rated':
        return html`<p class="rt-rated" role="status">${view.label ? `${text.rated}：${view.label}` : `${text.rated}，感谢您的反馈`}</p>`;
    }
  }

  const commentBox = () => root.querySelector<HTMLTextAreaElement>('.rt-comment');

  function choose(score: Score): void {
    if (sending) return;
    if (!isBad(score)) {
      void submit(score, null);
      return;
    }
    show({ kind: 'comment', score });
    const box = commentBox();
    if (box) {
      options.onComment?.(box);
      box.focus();
    }
  }

  function send(score: Score, comment: string | null): Promise<R> {
    if (options.submit) return options.submit(score, comment);
    return api<R>('/api/v1/evaluations', { method: 'POST', body: { score, ...options.target, ...(comment ? { comment } : {}) }, auth: false });
  }

  async function submit(score: Score, comment: string | null): Promise<void> {
    sending = true;
    show(view);
    let receipt: R;
    try {
      receipt = await send(score, comment);
    } catch (error) {
      sending = false;
      root.classList.remove('rt-sending');
      if (options.onError && options.onError(error) === false) return;
      if (error instanceof ApiError && error.code === 'ALREADY_RATED') return show({ kind: 'rated', label: null });
      return show({ kind: 'faces', message: error instanceof ApiError && error.status === 0 ? error.message : `${text.retry}：${failureText(error)}` });
    }
    sending = false;
    show({ kind: 'thanks', score });
    options.onDone?.(receipt, score);
  }

  async function start(): Promise<void> {
    if (!options.target || options.submit) return show({ kind: 'faces' });
    try {
      const status = await api<SubjectStatus>(`/api/v1/evaluations/subject?${subjectQuery(options.target)}`, { auth: false });
      container.hidden = !status.rated && !status.rateable;
      if (status.rated) show({ kind: 'rated', label: status.evaluation?.label ?? null });
      else if (status.rateable) show({ kind: 'faces' });
    } catch {
      container.hidden = true; // no rating offered when the subject cannot be found
    }
  }

  void start();
  return {
    busy: () => sending || view.kind === 'comment',
    destroy() {
      destroyed = true;
      root.remove();
    },
  };
}
