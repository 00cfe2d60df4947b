// The item editor of the admins' catalogue page: the form's fields, the ordered owning departments,
// and the editable rows of materials and route steps (add, remove, move by keyboard or mouse).
// The rows and chips are rendered from the draft; the fixed fields are the server's inputs.
import { html, nothing, render } from 'lit-html';
import { live } from 'lit-html/directives/live.js';
import { repeat } from 'lit-html/directives/repeat.js';
import type { LimitUnit } from '../../../src/catalog/domain/catalog-terms';
import type { DepartmentView } from '../../../src/catalog/domain/catalog-views';
import type { CatalogItemSeed } from '../../../src/catalog/domain/item-definition';
import { ITEM_LIMITS } from '../../../src/catalog/domain/item-rules';
import { $, $$ } from '../lib/dom';
import { BLANK_MATERIAL, BLANK_STEP, type ItemDraft, itemDraft, materialDraft, type MaterialDraft, stepDraft, type StepDraft } from './item-draft';

type FieldName = Exclude<keyof ItemDraft, 'departmentCodes' | 'materials' | 'steps'>;
type RowKind = 'materials' | 'steps';

/** The fixed fields of the form by draft property. */
const FIELDS: Record<FieldName, string> = {
  code: 'f-code',
  name: 'f-name',
  kind: 'f-kind',
  queueCode: 'f-queue',
  promisedValue: 'f-promised-value',
  promisedUnit: 'f-promised-unit',
  statutoryValue: 'f-statutory-value',
  statutoryUnit: 'f-statutory-unit',
  fee: 'f-fee',
  visits: 'f-visits',
  windowMinutes: 'f-window-minutes',
  guide: 'f-guide',
  members: 'f-members',
};

/** Where a problem's path (a JSON path into the item body) points among the fixed fields. */
const PATH_FIELDS: Record<string, string> = {
  code: 'f-code', name: 'f-name', kind: 'f-kind', queueCode: 'f-queue', departmentCodes: 'f-add-department',
  promisedLimit: 'f-promised-value', 'promisedLimit.value': 'f-promised-value', 'promisedLimit.unit': 'f-promised-unit',
  statutoryLimit: 'f-statutory-value', 'statutoryLimit.value': 'f-statutory-value', 'statutoryLimit.unit': 'f-statutory-unit',
  feeFen: 'f-fee', visitsRequired: 'f-visits', windowMinutes: 'f-window-minutes', guide: 'f-guide', materials: 'add-material', steps: 'add-step',
  memberCodes: 'f-members',
};

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
const field = (id: string) => $<Control>(`#${id}`);
const valueOf = (event: Event) => (event.target as Control).value;
const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;
const firstText = (row: Element | undefined) => row?.querySelector<HTMLInputElement>('input[type="text"]') ?? null;

export interface ItemFormOptions {
  /** The current department list. */
  departments: () => readonly DepartmentView[];
  unitLabels: Record<LimitUnit, string>;
  /** Called after every edit the form makes itself (rows added, moved, removed). */
  onChange: () => void;
}

export interface ItemForm {
  fill(def: CatalogItemSeed): void;
  /** The form as typed. */
  draft(): ItemDraft;
  elementFor(path: string): Element | null;
  /** After departments change: new names and options, the chosen values untouched. */
  refreshDepartments(): void;
}

export function createItemForm({ departments, unitLabels, onChange }: ItemFormOptions): ItemForm {
  let rows: Pick<ItemDraft, 'departmentCodes' | 'materials' | 'steps'> = { departmentCodes: [], materials: [], steps: [] };
  const departmentName = (code: string) => departments().find((d) => d.code === code)?.name ?? code;
  const tbody = (kind: RowKind) => $(kind === 'materials' ? '#materials' : '#steps');
  const rowElements = (kind: RowKind) => $$(`#${kind} tr`);

  // ── owning departments (ordered; the first leads) ──────────────────────────────────────────────

  function renderDepartments(): void {
    const codes = rows.departmentCodes;
    render(
      repeat(codes, (code) => code, (code, i) => html`<li class="ac-chip" data-code=${code}>${i === 0 ? html`<span class="ac-chip-lead">牵头</span>` : nothing}${departmentName(code)}<button type="button" class="ac-icon" title="前移" aria-label=${`前移 ${departmentName(code)}`} ?disabled=${i === 0} @click=${() => moveDepartmentUp(i)}>↑</button><button type="button" class="ac-icon" title="移除" aria-label=${`移除 ${departmentName(code)}`} @click=${() => removeDepartment(code)}>✕</button></li>`),
      $<HTMLElement>('#f-departments'),
    );
    const adder = $<HTMLSelectElement>('#f-add-department');
    render(html`<option value="">＋ 添加部门…</option>${departments().filter((d) => !codes.includes(d.code)).map((d) => html`<option value=${d.code}>${d.code} ${d.name}</option>`)}`, adder);
    adder.value = '';
  }

  function moveDepartmentUp(i: number): void {
    const codes = rows.departmentCodes;
    [codes[i - 1], codes[i]] = [codes[i], codes[i - 1]];
    renderDepartments();
    onChange();
    const again = $$('#f-departments li')[i - 1];
    (again?.querySelector<HTMLButtonElement>('button:not([disabled])') ?? $<HTMLElement>('#f-add-department')).focus();
  }

  function removeDepartment(code: string): void {
    rows.departmentCodes = rows.departmentCodes.filter((c) => c !== code);
    renderDepartments();
    onChange();
    $('#f-add-department').focus();
  }

  $<HTMLSelectElement>('#f-add-department').addEventListener('change', (event) => {
    const code = valueOf(event);
    if (!code) return;
    rows.departmentCodes.push(code);
    renderDepartments();
    onChange();
    $('#f-add-department').focus();
  });

  // ── material and step rows ─────────────────────────────────────────────────────────────────────

  const rowButtons = (kind: RowKind, row: MaterialDraft | StepDraft, label: string) => html`<td class="c-actions"><button type="button" class="ac-icon" title="上移" data-move="-1" aria-label=${`上移${label}`} @click=${(e: Event) => moveRow(kind, row, -1, e.currentTarget as HTMLElement)}>↑</button><button type="button" class="ac-icon" title="下移" data-move="1" aria-label=${`下移${label}`} @click=${(e: Event) => moveRow(kind, row, 1, e.currentTarget as HTMLElement)}>↓</button><button type="button" class="ac-icon" title="删除" data-remove=${kind === 'materials' ? 'material' : 'step'} aria-label=${`删除${label}`} @click=${() => removeRow(kind, row)}>删除</button></td>`;

  const materialRow = (m: MaterialDraft) => html`<tr>
    <td class="c-code"><input type="text" data-field="code" .value=${live(m.code)} @input=${(e: Event) => (m.code = valueOf(e))} autocomplete="off" maxlength="32" spellcheck="false" aria-label="材料编码" placeholder="ID"></td>
    <td class="c-name"><input type="text" data-field="name" .value=${live(m.name)} @input=${(e: Event) => (m.name = valueOf(e))} autocomplete="off" maxlength=${ITEM_LIMITS.materialNameLength} aria-label="材料名称"></td>
    <td><input type="number" step="1" inputmode="numeric" data-field="copies" .value=${live(m.copies)} @input=${(e: Event) => (m.copies = valueOf(e))} min="1" max=${ITEM_LIMITS.copies} aria-label="份数"></td>
    <td class="c-flag"><input type="checkbox" data-field="original" .checked=${live(m.original)} @change=${(e: Event) => (m.original = checkedOf(e))} aria-label="须原件"></td>
    <td class="c-flag"><input type="checkbox" data-field="required" .checked=${live(m.required)} @change=${(e: Event) => (m.required = checkedOf(e))} aria-label="必需"></td>
    <td class="c-flag"><input type="checkbox" data-field="deferrable" .checked=${live(m.deferrable)} @change=${(e: Event) => (m.deferrable = checkedOf(e))} aria-label="可容缺"></td>
    <td class="c-flag"><input type="checkbox" data-field="commitmentAllowed" .checked=${live(m.commitmentAllowed)} @change=${(e: Event) => (m.commitmentAllowed = checkedOf(e))} aria-label="可告知承诺"></td>
    <td class="c-note"><input type="text" data-field="note" .value=${live(m.note)} @input=${(e: Event) => (m.note = valueOf(e))} autocomplete="off" maxlength=${ITEM_LIMITS.noteLength} aria-label="备注"></td>
    ${rowButtons('materials', m, '此材料')}
  </tr>`;

  // select values are set after rendering (below): an option's selectedness depends on the options before it
  const stepRow = (s: StepDraft, i: number) => {
    const known = departments();
    return html`<tr>
    <td class="c-seq">${i + 1}</td>
    <td class="c-name"><input type="text" data-field="name" .value=${live(s.name)} @input=${(e: Event) => (s.name = valueOf(e))} autocomplete="off" maxlength=${ITEM_LIMITS.stepNameLength} aria-label="环节名称"></td>
    <td class="c-dept"><select data-field="departmentCode" aria-label="责任部门" @change=${(e: Event) => (s.departmentCode = valueOf(e))}><option value="">— 窗口或上级部门</option>${known.map((d) => html`<option value=${d.code}>${d.name}</option>`)}${s.departmentCode && !known.some((d) => d.code === s.departmentCode) ? html`<option value=${s.departmentCode}>${s.departmentCode}</option>` : nothing}</select></td>
    <td><input type="number" step="1" inputmode="numeric" data-field="limitValue" .value=${live(s.limitValue)} @input=${(e: Event) => (s.limitValue = valueOf(e))} min="0" aria-label="环节时限"></td>
    <td class="c-unit"><select data-field="limitUnit" aria-label="时限单位" @change=${(e: Event) => (s.limitUnit = valueOf(e) as LimitUnit)}>${Object.entries(unitLabels).map(([value, label]) => html`<option value=${value}>${label}</option>`)}</select></td>
    <td class="c-flag"><input type="checkbox" data-field="external" .checked=${live(s.external)} @change=${(e: Event) => (s.external = checkedOf(e))} aria-label="上级部门办理"></td>
    <td><input type="text" data-field="responsible" .value=${live(s.responsible)} @input=${(e: Event) => (s.responsible = valueOf(e))} autocomplete="off" maxlength=${ITEM_LIMITS.responsibleLength} aria-label="责任人或岗位"></td>
    ${rowButtons('steps', s, '此环节')}
  </tr>`;
  };

  function renderRows(): void {
    render(repeat(rows.materials, (m) => m.key, materialRow), tbody('materials'));
    render(repeat(rows.steps, (s) => s.key, stepRow), tbody('steps'));
    rowElements('steps').forEach((tr, i) => {
      tr.querySelector<HTMLSelectElement>('[data-field="departmentCode"]')!.value = rows.steps[i].departmentCode;
      tr.querySelector<HTMLSelectElement>('[data-field="limitUnit"]')!.value = rows.steps[i].limitUnit;
    });
  }

  function list(kind: RowKind): Array<MaterialDraft | StepDraft> {
    return rows[kind];
  }

  function addRow(kind: RowKind): void {
    if (kind === 'materials') rows.materials.push(materialDraft(BLANK_MATERIAL));
    else rows.steps.push(stepDraft({ ...BLANK_STEP, limitUnit: field('f-promised-unit').value as LimitUnit }));
    renderRows();
    onChange();
    firstText(rowElements(kind).at(-1))?.focus();
  }

  function moveRow(kind: RowKind, row: MaterialDraft | StepDraft, by: -1 | 1, button: HTMLElement): void {
    const all = list(kind);
    const from = all.indexOf(row);
    const to = from + by;
    if (from < 0 || to < 0 || to >= all.length) return;
    [all[from], all[to]] = [all[to], all[from]];
    renderRows();
    onChange();
    button.focus();
  }

  function removeRow(kind: RowKind, row: MaterialDraft | StepDraft): void {
    const all = list(kind);
    const at = all.indexOf(row);
    if (at < 0) return;
    all.splice(at, 1);
    renderRows();
    onChange();
    const elements = rowElements(kind);
    (firstText(elements[at] ?? elements[at - 1]) ?? $<HTMLElement>(kind === 'materials' ? '#add-material' : '#add-step')).focus();
  }

  $('#add-material').addEventListener('click', () => addRow('materials'));
  $('#add-step').addEventListener('click', () => addRow('steps'));

  // ── filling and reading the form ───────────────────────────────────────────────────────────────

  return {
    fill(def) {
      const draft = itemDraft(def);
      for (const [name, id] of Object.entries(FIELDS) as Array<[FieldName, string]>) field(id).value = draft[name];
      rows = { departmentCodes: draft.departmentCodes, materials: draft.materials, steps: draft.steps };
      renderDepartments();
      renderRows();
    },
    draft() {
      const fixed = Object.fromEntries(Object.entries(FIELDS).map(([name, id]) => [name, field(id).value])) as Record<FieldName, string>;
      return { ...fixed, departmentCodes: [...rows.departmentCodes], materials: rows.materials, steps: rows.steps };
    },
    // `materials[2].code` → that row's code input; `promisedLimit.value` → its field
    elementFor(path) {
      const row = /^(materials|steps)\[(\d+)\]\.(\w+)/.exec(path);
      if (row) return rowElements(row[1] as RowKind)[Number(row[2])]?.querySelector(`[data-field="${row[3]}"]`) ?? null;
      const id = PATH_FIELDS[path.replace(/\[\d+\]$/, '')];
      return id ? field(id) : null;
    },
    refreshDepartments() {
      if ($('#item-form').hidden) return;
      renderDepartments();
      renderRows();
    },
  };
}
