// The item editor of the admins' catalogue page: the form's fields, the ordered owning departments,
// and the editable rows of materials and route steps (add, remove, move by keyboard or mouse).
// It reads the form into the API's item body and maps a problem's path back to its field.
(function () {
  const { dom } = window.OneWindow;
  const { el, $, $$ } = dom;
  const field = (id) => $(`#${id}`);

  /**
   * departments(): the current department list; unitLabels: {working_days, hours} → label;
   * onChange(): called after every edit the form makes itself (rows added, moved, removed).
   */
  function createItemForm({ departments, unitLabels, onChange }) {
    const markDirty = onChange;
    const departmentName = (code) => (departments().find((d) => d.code === code) || { name: code }).name;

    // ── owning departments (ordered; the first leads) ───────────────────────────────────

    function chosenDepartments() {
      return $$('#f-departments li').map((li) => li.dataset.code);
    }

    function renderDepartmentChips(codes) {
      const list = $('#f-departments');
      list.textContent = '';
      codes.forEach((code, i) => {
        const up = el('button', { type: 'button', class: 'ac-icon', text: '↑', title: '前移', 'aria-label': `前移 ${departmentName(code)}`, disabled: i === 0 });
        const remove = el('button', { type: 'button', class: 'ac-icon', text: '✕', title: '移除', 'aria-label': `移除 ${departmentName(code)}` });
        up.addEventListener('click', () => {
          const next = chosenDepartments();
          [next[i - 1], next[i]] = [next[i], next[i - 1]];
          renderDepartmentChips(next);
          markDirty();
          const again = $$('#f-departments li')[i - 1];
          (again.querySelector('button:not([disabled])') || $('#f-add-department')).focus();
        });
        remove.addEventListener('click', () => {
          renderDepartmentChips(chosenDepartments().filter((c) => c !== code));
          markDirty();
          $('#f-add-department').focus();
        });
        list.append(el('li', { class: 'ac-chip', dataset: { code } }, i === 0 ? el('span', { class: 'ac-chip-lead', text: '牵头' }) : null, departmentName(code), up, remove));
      });
      renderDepartmentAdder();
    }

    function renderDepartmentAdder() {
      const select = $('#f-add-department');
      const chosen = new Set(chosenDepartments());
      select.textContent = '';
      select.append(el('option', { value: '', text: '＋ 添加部门…' }));
      for (const d of departments()) if (!chosen.has(d.code)) select.append(el('option', { value: d.code, text: `${d.code} ${d.name}` }));
    }

    $('#f-add-department').addEventListener('change', (event) => {
      const code = event.target.value;
      if (!code) return;
      renderDepartmentChips([...chosenDepartments(), code]);
      markDirty();
      $('#f-add-department').focus();
    });

    function stepDepartmentSelect(value) {
      const select = el('select', { 'data-field': 'departmentCode', 'aria-label': '责任部门' });
      fillStepDepartments(select, value);
      return select;
    }

    function fillStepDepartments(select, value) {
      select.textContent = '';
      select.append(el('option', { value: '', text: '— 窗口或上级部门' }));
      for (const d of departments()) select.append(el('option', { value: d.code, text: d.name }));
      if (value && !departments().some((d) => d.code === value)) select.append(el('option', { value, text: value }));
      select.value = value || '';
    }

    /** After departments change: new names and options, the chosen values untouched. */
    function refreshDepartmentPickers() {
      if ($('#item-form').hidden) return;
      renderDepartmentChips(chosenDepartments());
      for (const select of $$('#steps select[data-field="departmentCode"]')) fillStepDepartments(select, select.value);
    }

    // ── material and step rows ──────────────────────────────────────────────────────────

    function rowButtons(kind, labelOf) {
      return el('td', { class: 'c-actions' },
        el('button', { type: 'button', class: 'ac-icon', text: '↑', title: '上移', dataset: { move: '-1' }, 'aria-label': `上移${labelOf}` }),
        el('button', { type: 'button', class: 'ac-icon', text: '↓', title: '下移', dataset: { move: '1' }, 'aria-label': `下移${labelOf}` }),
        el('button', { type: 'button', class: 'ac-icon', text: '删除', title: '删除', dataset: { remove: kind }, 'aria-label': `删除${labelOf}` }));
    }

    const text = (field, value, attrs) => el('input', { type: 'text', 'data-field': field, value: value == null ? '' : value, autocomplete: 'off', ...attrs });
    const number = (field, value, attrs) => el('input', { type: 'number', step: 1, inputmode: 'numeric', 'data-field': field, value: value == null ? '' : value, ...attrs });
    const check = (field, checked, label) => el('input', { type: 'checkbox', 'data-field': field, checked: Boolean(checked), 'aria-label': label });

    function materialRow(m) {
      return el('tr', {},
        el('td', { class: 'c-code' }, text('code', m.code, { maxlength: 32, spellcheck: 'false', 'aria-label': '材料编码', placeholder: 'ID' })),
        el('td', { class: 'c-name' }, text('name', m.name, { maxlength: 128, 'aria-label': '材料名称' })),
        el('td', {}, number('copies', m.copies, { min: 1, max: 99, 'aria-label': '份数' })),
        el('td', { class: 'c-flag' }, check('original', m.original, '须原件')),
        el('td', { class: 'c-flag' }, check('required', m.required, '必需')),
        el('td', { class: 'c-flag' }, check('deferrable', m.deferrable, '可容缺')),
        el('td', { class: 'c-flag' }, check('commitmentAllowed', m.commitmentAllowed, '可告知承诺')),
        el('td', { class: 'c-note' }, text('note', m.note, { maxlength: 256, 'aria-label': '备注' })),
        rowButtons('material', '此材料'));
    }

    function stepRow(s) {
      const unit = el('select', { 'data-field': 'limitUnit', 'aria-label': '时限单位' }, Object.entries(unitLabels).map(([value, label]) => el('option', { value, text: label })));
      unit.value = s.limitUnit || 'working_days';
      return el('tr', {},
        el('td', { class: 'c-seq' }),
        el('td', { class: 'c-name' }, text('name', s.name, { maxlength: 64, 'aria-label': '环节名称' })),
        el('td', { class: 'c-dept' }, stepDepartmentSelect(s.departmentCode)),
        el('td', {}, number('limitValue', s.limitValue, { min: 0, 'aria-label': '环节时限' })),
        el('td', { class: 'c-unit' }, unit),
        el('td', { class: 'c-flag' }, check('external', s.external, '上级部门办理')),
        el('td', {}, text('responsible', s.responsible, { maxlength: 64, 'aria-label': '责任人或岗位' })),
        rowButtons('step', '此环节'));
    }

    function numberRows() {
      $$('#steps tr').forEach((row, i) => (row.querySelector('.c-seq').textContent = String(i + 1)));
    }

    const BLANK_MATERIAL = { code: '', name: '', copies: 1, original: false, required: true, deferrable: false, commitmentAllowed: false, note: '' };
    const BLANK_STEP = { name: '', departmentCode: null, limitValue: 0, limitUnit: 'working_days', external: false, responsible: '' };

    function addRow(tbody, row) {
      tbody.append(row);
      numberRows();
      markDirty();
      row.querySelector('input[type="text"]').focus();
    }

    $('#add-material').addEventListener('click', () => addRow($('#materials'), materialRow(BLANK_MATERIAL)));
    $('#add-step').addEventListener('click', () => addRow($('#steps'), stepRow({ ...BLANK_STEP, limitUnit: $('#f-promised-unit').value })));

    for (const tbody of [$('#materials'), $('#steps')]) {
      tbody.addEventListener('click', (event) => {
        const button = event.target.closest('button');
        if (!button) return;
        const row = button.closest('tr');
        if (button.dataset.remove) {
          const focusNext = row.nextElementSibling || row.previousElementSibling;
          row.remove();
          numberRows();
          markDirty();
          (focusNext ? focusNext.querySelector('input[type="text"]') : $(button.dataset.remove === 'material' ? '#add-material' : '#add-step')).focus();
        } else if (button.dataset.move) {
          const target = button.dataset.move === '-1' ? row.previousElementSibling : row.nextElementSibling;
          if (!target) return;
          if (button.dataset.move === '-1') target.before(row);
          else target.after(row);
          numberRows();
          markDirty();
          button.focus();
        }
      });
    }

    // ── filling and reading the form ────────────────────────────────────────────────────


    function fill(def) {
      field('f-code').value = def.code;
      field('f-name').value = def.name;
      field('f-kind').value = def.kind;
      field('f-queue').value = def.queueCode || '';
      field('f-promised-value').value = def.promisedLimit.value;
      field('f-promised-unit').value = def.promisedLimit.unit;
      field('f-statutory-value').value = def.statutoryLimit.value;
      field('f-statutory-unit').value = def.statutoryLimit.unit;
      field('f-fee').value = (def.feeFen / 100).toFixed(def.feeFen % 100 ? 2 : 0);
      field('f-visits').value = def.visitsRequired;
      field('f-window-minutes').value = def.windowMinutes == null ? '' : def.windowMinutes;
      field('f-guide').value = def.guide;
      renderDepartmentChips(def.departmentCodes);
      $('#materials').textContent = '';
      for (const m of def.materials) $('#materials').append(materialRow(m));
      $('#steps').textContent = '';
      for (const s of def.steps) $('#steps').append(stepRow(s));
      numberRows();
    }

    const LOCAL = { int: /^-?\d+$/ };

    /** The form as the API's item body, and what is plainly wrong before asking the server. */
    function readForm() {
      const problems = [];
      const whole = (input, label, { optional = false } = {}) => {
        const raw = input.value.trim();
        if (raw === '' && optional) return null;
        if (!LOCAL.int.test(raw)) {
          problems.push({ message: `${label}须填写整数`, element: input });
          return null;
        }
        return Number(raw);
      };
      const fee = field('f-fee').value.trim() || '0';
      let feeFen = 0;
      if (/^\d+(\.\d{1,2})?$/.test(fee)) feeFen = Math.round(Number(fee) * 100);
      else problems.push({ message: '收费须为金额（元），如 0 或 12.50', element: field('f-fee') });
      const body = {
        code: field('f-code').value.trim().toUpperCase(),
        name: field('f-name').value,
        kind: field('f-kind').value,
        departmentCodes: chosenDepartments(),
        queueCode: field('f-queue').value || null,
        promisedLimit: { value: whole(field('f-promised-value'), '承诺时限'), unit: field('f-promised-unit').value },
        statutoryLimit: { value: whole(field('f-statutory-value'), '法定时限'), unit: field('f-statutory-unit').value },
        feeFen,
        visitsRequired: whole(field('f-visits'), '到现场次数'),
        windowMinutes: whole(field('f-window-minutes'), '窗口办理时长', { optional: true }),
        guide: field('f-guide').value,
        materials: $$('#materials tr').map((row, i) => {
          const get = (name) => row.querySelector(`[data-field="${name}"]`);
          return {
            code: get('code').value.trim().toUpperCase(),
            name: get('name').value,
            copies: whole(get('copies'), `材料第 ${i + 1} 行：份数`),
            original: get('original').checked,
            required: get('required').checked,
            deferrable: get('deferrable').checked,
            commitmentAllowed: get('commitmentAllowed').checked,
            note: get('note').value,
          };
        }),
        steps: $$('#steps tr').map((row, i) => {
          const get = (name) => row.querySelector(`[data-field="${name}"]`);
          return {
            name: get('name').value,
            departmentCode: get('departmentCode').value || null,
            limitValue: whole(get('limitValue'), `环节第 ${i + 1} 步：时限`),
            limitUnit: get('limitUnit').value,
            external: get('external').checked,
            responsible: get('responsible').value,
          };
        }),
      };
      return { body, problems };
    }

    // Where a server problem's path points in the form (`materials[2].code` → that row's code input).
    function elementFor(path) {
      const row = /^(materials|steps)\[(\d+)\]\.(\w+)/.exec(path);
      if (row) {
        const tr = $$(`#${row[1]} tr`)[Number(row[2])];
        return tr ? tr.querySelector(`[data-field="${row[3]}"]`) : null;
      }
      const top = path.replace(/\[\d+\]$/, '');
      const map = {
        code: 'f-code', name: 'f-name', kind: 'f-kind', queueCode: 'f-queue', departmentCodes: 'f-add-department',
        promisedLimit: 'f-promised-value', 'promisedLimit.value': 'f-promised-value', 'promisedLimit.unit': 'f-promised-unit',
        statutoryLimit: 'f-statutory-value', 'statutoryLimit.value': 'f-statutory-value', 'statutoryLimit.unit': 'f-statutory-unit',
        feeFen: 'f-fee', visitsRequired: 'f-visits', windowMinutes: 'f-window-minutes', guide: 'f-guide', materials: 'add-material', steps: 'add-step',
      };
      return map[top] ? field(map[top]) : null;
    }

    /** A new item's starting point: one material and the front-desk step. */
    function template() {
      return {
        code: '', name: '', kind: 'promised', departmentCodes: [], queueCode: null,
        promisedLimit: { value: 5, unit: 'working_days' }, statutoryLimit: { value: 10, unit: 'working_days' },
        feeFen: 0, visitsRequired: 1, windowMinutes: null, guide: '',
        materials: [{ ...BLANK_MATERIAL, code: 'ID', name: '居民身份证', original: true }],
        steps: [{ ...BLANK_STEP, name: '综合窗口受理', responsible: '综合窗口' }],
      };
    }

    return { fill, read: readForm, elementFor, refreshDepartments: refreshDepartmentPickers, template };
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { createItemForm });
})();
