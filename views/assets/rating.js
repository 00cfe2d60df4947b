// 好差评 widget: five faces 非常满意…非常不满意, an optional comment for 1–2, a thank-you.
// Reused by the ticket status page, the case status page and the window pad:
//   OneWindow.rating.mount(container, { target: {ticketId, token} | {caseNumber, code} })
//   OneWindow.rating.mount(container, { submit: (score, comment) => Promise<receipt>, size: 'large', texts: {thanksBad: '…'} })
// With a target it first asks the server whether the subject can still be rated, then posts to
// /api/v1/evaluations; with `submit` the caller decides where the rating goes (the pad).
// Returns { busy(), destroy() }: busy while the resident writes a comment or a rating is being sent.
(function () {
  const { api, dom } = window.OneWindow;
  const { el } = dom;
  const SVG = 'http://www.w3.org/2000/svg';
  // Same scale as src/evaluations/domain/score.ts (a unit spec keeps them equal).
  const SCALE = [
    { score: 5, label: '非常满意' },
    { score: 4, label: '满意' },
    { score: 3, label: '基本满意' },
    { score: 2, label: '不满意' },
    { score: 1, label: '非常不满意' },
  ];
  const BAD = (score) => score <= 2;
  const TEXT = {
    prompt: '请您对本次服务进行评价',
    commentPrompt: '很抱歉让您不满意，请告诉我们问题出在哪里（选填）',
    commentPlaceholder: '例如：等候时间长、材料要求没有一次说清…',
    submit: '提交评价',
    back: '重新选择',
    sending: '正在提交…',
    thanks: '感谢您的评价！',
    thanksBad: '我们会认真核实、整改，并按时回复您。',
    rated: '您已评价',
    retry: '提交失败，请重试',
  };

  function face(score) {
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 100 100');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('class', `rt-face rt-face-${score}`);
    const add = (tag, attrs) => {
      const node = document.createElementNS(SVG, tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
      svg.append(node);
      return node;
    };
    add('circle', { cx: 50, cy: 50, r: 46, class: 'rt-face-bg' });
    add('circle', { cx: 34, cy: 40, r: 6, class: 'rt-face-eye' });
    add('circle', { cx: 66, cy: 40, r: 6, class: 'rt-face-eye' });
    const curve = (score - 3) / 2; // 1 smile … -1 frown
    const base = curve >= 0 ? 64 : 74;
    add('path', { d: `M 28 ${base} Q 50 ${base + 22 * curve} 72 ${base}`, class: 'rt-face-mouth' });
    return svg;
  }

  function mount(container, options) {
    const opts = Object.assign({ size: 'normal' }, options || {});
    const text = Object.assign({}, TEXT, opts.texts || {});
    opts.prompt = opts.prompt || text.prompt;
    const root = el('div', { class: `rt rt-${opts.size}` });
    container.replaceChildren(root);
    const state = { chosen: null, sending: false, done: false, destroyed: false };

    function subjectQuery() {
      const t = opts.target;
      const q = t.ticketId !== undefined ? { ticketId: t.ticketId, token: t.token } : { caseNumber: t.caseNumber, code: t.code };
      return Object.entries(q).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
    }

    function send(score, comment) {
      if (opts.submit) return opts.submit(score, comment);
      const body = Object.assign({ score }, opts.target, comment ? { comment } : {});
      return api('/api/v1/evaluations', { method: 'POST', body, auth: false });
    }

    function show(...children) {
      if (state.destroyed) return;
      root.replaceChildren(...children.filter(Boolean)); // replaceChildren would print a null as "null"
    }

    function renderFaces(message) {
      state.chosen = null;
      const buttons = SCALE.map((s) =>
        el('button', { type: 'button', class: `rt-btn rt-btn-${s.score}`, dataset: { score: s.score }, 'aria-label': s.label, onclick: () => choose(s.score) },
          face(s.score), el('span', { class: 'rt-label', text: s.label })),
      );
      show(
        el('p', { class: 'rt-prompt', text: opts.prompt }),
        el('div', { class: 'rt-faces', role: 'group', 'aria-label': opts.prompt }, buttons),
        message ? el('p', { class: 'rt-error', role: 'alert', text: message }) : null,
      );
    }

    function choose(score) {
      if (state.sending) return;
      if (!BAD(score)) return submit(score, null);
      state.chosen = score;
      const label = SCALE.find((s) => s.score === score).label;
      const box = el('textarea', { class: 'rt-comment', maxlength: 500, rows: 3, placeholder: text.commentPlaceholder, 'aria-label': text.commentPrompt });
      show(
        el('div', { class: 'rt-chosen' }, face(score), el('span', { class: 'rt-label', text: label })),
        el('p', { class: 'rt-prompt', text: text.commentPrompt }),
        box,
        el('div', { class: 'rt-actions' },
          el('button', { type: 'button', class: 'rt-submit', text: text.submit, onclick: () => submit(score, box.value.trim() || null) }),
          el('button', { type: 'button', class: 'rt-back', text: text.back, onclick: () => renderFaces() })),
      );
      if (opts.onComment) opts.onComment(box);
      box.focus();
    }

    async function submit(score, comment) {
      state.sending = true;
      root.classList.add('rt-sending');
      root.querySelectorAll('button').forEach((b) => (b.disabled = true));
      let receipt;
      try {
        receipt = await send(score, comment);
      } catch (err) {
        state.sending = false;
        root.classList.remove('rt-sending');
        if (opts.onError && opts.onError(err) === false) return;
        if (err.code === 'ALREADY_RATED') return renderRated(null);
        return renderFaces(err.status === 0 ? err.message : `${text.retry}：${err.message}`);
      }
      state.sending = false;
      state.done = true;
      root.classList.remove('rt-sending');
      const label = (SCALE.find((s) => s.score === score) || {}).label;
      show(
        el('div', { class: 'rt-thanks', role: 'status' },
          face(score),
          el('p', { class: 'rt-thanks-title', text: text.thanks }),
          el('p', { class: 'rt-thanks-detail', text: BAD(score) ? text.thanksBad : `您的评价：${label}` })),
      );
      if (opts.onDone) opts.onDone(receipt, score);
    }

    function renderRated(evaluation) {
      state.done = true;
      show(el('p', { class: 'rt-rated', role: 'status' }, evaluation ? `${text.rated}：${evaluation.label}` : `${text.rated}，感谢您的反馈`));
    }

    async function start() {
      if (!opts.target || opts.submit) return renderFaces();
      try {
        const status = await api(`/api/v1/evaluations/subject?${subjectQuery()}`, { auth: false });
        container.hidden = !status.rated && !status.rateable;
        if (status.rated) return renderRated(status.evaluation);
        if (status.rateable) renderFaces();
      } catch (err) {
        container.hidden = true; // no rating offered when the subject cannot be found
      }
    }

    start();
    return {
      busy: () => state.sending || (state.chosen !== null && !state.done),
      destroy() {
        state.destroyed = true;
        root.remove();
      },
    };
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { rating: { mount, SCALE, face } });
})();
