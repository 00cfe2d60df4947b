// The small forms some back-office actions need (suspend, extension, return, transfer, escalate, decide,
// reject an extension). Each checks what the server would refuse and hands a request body to onSubmit.
(function () {
  const { dom } = window.OneWindow;
  const { el, $ } = dom;

  const field = (label, control, hint) => el('label', { class: 'fm-field' }, el('span', { class: 'fm-label', text: label }), control, hint ? el('span', { class: 'muted small', text: hint }) : null);
  const reasonBox = (placeholder) => el('textarea', { name: 'reason', rows: '2', maxlength: '500', placeholder });
  const value = (form, name) => ((form.elements[name] && form.elements[name].value) || '').trim();

  // Each builder returns {title, fields, submit, read(form) → {body} | {error}}.
  const BUILDERS = {
    suspend: (c, ctx) => ({
      title: '挂起：进入特别程序（办理时限暂停）',
      fields: [
        field('程序类型', el('select', { name: 'type' }, ctx.data.suspensionTypes.map((t) => el('option', { value: t.id, text: t.label })))),
        field('事由', reasonBox('如：需现场核实居住情况')),
      ],
      submit: '确认挂起',
      read: (f) => (value(f, 'reason') ? { body: { type: value(f, 'type'), reason: value(f, 'reason') } } : { error: '请填写挂起事由' }),
    }),
    extension: (c, ctx) => ({
      title: `申请延期（还可延 ${ctx.extensionLeft} 个工作日，须部门负责人批准）`,
      fields: [
        field('延期天数', el('input', { name: 'days', type: 'number', min: '1', max: String(ctx.extensionLeft), step: '1', value: String(Math.min(5, ctx.extensionLeft)) }), '个工作日'),
        field('理由', reasonBox('延期理由将告知申请人')),
      ],
      submit: '提交延期申请',
      read: (f) => {
        const days = Number(value(f, 'days'));
        if (!Number.isInteger(days) || days < 1 || days > ctx.extensionLeft) return { error: `延期天数须为 1 至 ${ctx.extensionLeft} 的整数` };
        if (!value(f, 'reason')) return { error: '请填写延期理由' };
        return { body: { days, reason: value(f, 'reason') } };
      },
    }),
    return: (c) => ({
      title: '退回综合窗口（由窗口一次性告知申请人补正）',
      fields: [
        el('fieldset', { class: 'fm-boxes' }, el('legend', { text: '缺少或不合格的材料' }), (c.materials || []).map((m) => el('label', {}, el('input', { type: 'checkbox', name: 'missing', value: m.code }), ` ${m.name}`))),
        field('退回理由', reasonBox('如：住所证明地址与申请地址不一致')),
      ],
      submit: '确认退回',
      read: (f) => {
        const missingMaterials = Array.from(f.querySelectorAll('input[name="missing"]:checked')).map((b) => b.value);
        if (!missingMaterials.length) return { error: '请勾选需要补正的材料' };
        if (!value(f, 'reason')) return { error: '请填写退回理由' };
        return { body: { missingMaterials, reason: value(f, 'reason') } };
      },
    }),
    transfer: (c, ctx) => {
      const busy = (c.tasks || []).filter((t) => t.status === 'dispatched' || t.status === 'in_progress').map((t) => t.departmentCode);
      const choices = ctx.data.departments.filter((d) => d.code !== ctx.department && !busy.includes(d.code));
      return {
        title: '转办到其他部门',
        fields: [
          field('转至', el('select', { name: 'department' }, el('option', { value: '', text: '请选择部门' }), choices.map((d) => el('option', { value: d.code, text: `${d.name}（${d.code}）` })))),
          field('转办理由', reasonBox('如：不属于本部门职责')),
        ],
        submit: '确认转办',
        read: (f) => {
          if (!value(f, 'department')) return { error: '请选择转至的部门' };
          if (!value(f, 'reason')) return { error: '请填写转办理由' };
          return { body: { department: value(f, 'department'), reason: value(f, 'reason') } };
        },
      };
    },
    escalate: () => ({
      title: '上报上级部门审批（上报件）',
      fields: [
        field('上报至', el('input', { name: 'body', maxlength: '64', placeholder: '如：区民政局' })),
        field('上报文号', el('input', { name: 'reference', maxlength: '64', placeholder: '选填' })),
        field('备注', el('textarea', { name: 'note', rows: '2', maxlength: '500', placeholder: '选填' })),
      ],
      submit: '登记上报',
      read: (f) => {
        if (!value(f, 'body')) return { error: '请填写上报的上级部门' };
        const body = { body: value(f, 'body') };
        if (value(f, 'reference')) body.reference = value(f, 'reference');
        if (value(f, 'note')) body.note = value(f, 'note');
        return { body };
      },
    }),
    decide: (c) => ({
      title: '办结',
      fields: [
        el('div', { class: 'fm-outcome', role: 'radiogroup' },
          el('label', { class: 'fm-ok' }, el('input', { type: 'radio', name: 'outcome', value: 'approved', checked: true }), ' 准予'),
          el('label', { class: 'fm-no' }, el('input', { type: 'radio', name: 'outcome', value: 'denied' }), ' 不予批准')),
        c.kind === 'escalated' ? field('上级审批文号', el('input', { name: 'externalReference', maxlength: '64', placeholder: '上报件必填，如：X民〔2026〕12号' })) : null,
        field('理由', reasonBox('不予批准时必填，将告知申请人')),
      ],
      submit: '确认办结',
      read: (f) => {
        const outcome = f.querySelector('input[name="outcome"]:checked').value;
        const body = { outcome };
        if (value(f, 'reason')) body.reason = value(f, 'reason');
        if (outcome === 'denied' && !body.reason) return { error: '不予批准须填写理由' };
        if (c.kind === 'escalated') {
          if (!value(f, 'externalReference')) return { error: '上报件须填写上级审批文号' };
          body.externalReference = value(f, 'externalReference');
        }
        return { body };
      },
    }),
    rejectExtension: () => ({
      title: '驳回延期申请',
      fields: [field('驳回理由', reasonBox('如：理由不充分，请按期办结'))],
      submit: '确认驳回',
      read: (f) => (value(f, 'reason') ? { body: { reason: value(f, 'reason') } } : { error: '请填写驳回理由' }),
    }),
  };

  // Fills the drawer's form for `kind`; Enter (Ctrl+Enter in a text area) submits, Esc cancels.
  function render(kind, c, ctx) {
    const form = $('#dr-form');
    const spec = BUILDERS[kind](c, ctx);
    const error = el('p', { class: 'fm-error', role: 'alert' });
    form.replaceChildren(
      el('h4', { text: spec.title }),
      ...spec.fields.filter(Boolean),
      error,
      el('div', { class: 'fm-buttons' }, el('button', { type: 'submit', class: 'button', text: spec.submit }), el('button', { type: 'button', class: 'link-btn', onclick: ctx.onCancel }, '取消（Esc）')),
    );
    form.dataset.form = kind;
    form.hidden = false;
    form.onsubmit = async (e) => {
      e.preventDefault();
      const out = spec.read(form);
      error.textContent = out.error || '';
      if (out.error) return;
      const problem = await ctx.onSubmit(out.body);
      error.textContent = problem || '';
    };
    form.oninput = () => (error.textContent = ''); // while typing, not on blur: the layout must not shift under a click
    form.onkeydown = (e) => {
      if (e.key === 'Enter' && e.target.tagName === 'TEXTAREA' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        form.requestSubmit();
      }
    };
    const first = form.querySelector('input, select, textarea');
    if (first) first.focus();
  }

  function clear() {
    const form = $('#dr-form');
    form.hidden = true;
    form.replaceChildren();
    delete form.dataset.form;
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { inboxForms: { render, clear } });
})();
