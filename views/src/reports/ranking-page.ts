// 考核排名 (/reports/ranking): GET /api/v1/reports/ranking for a hall and month, as the tables the exports use
// (ranking-table), a score chart per list, and — for admins — the weights dialog (PUT …/ranking/weights), checked
// in the browser by the same rule the server applies (weightsProblem).
import { html, render } from 'lit-html';
import { businessDateInZone } from '../../../src/calendar/domain/iso-date';
import { DEPARTMENT_COMPONENTS, STAFF_COMPONENTS, weightsProblem, type ComponentScore } from '../../../src/reports/domain/ranking';
import { rankingTables } from '../../../src/reports/domain/ranking-table';
import { nextMonth, previousMonth } from '../../../src/reports/domain/report-query';
import { formatCell, type ReportTable } from '../../../src/reports/domain/report-table';
import type { rankingPageViewModel } from '../../../src/reports/view-models/ranking-page.view-model';
import { api, ApiError, downloadApiFile, failureText } from '../lib/api';
import { $, $$, pageData, setText, toast } from '../lib/dom';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { hbarChart } from '../supervision/charts';
import { toSvg } from '../supervision/svg';

type PageData = ReturnType<typeof rankingPageViewModel>['client'];
type Target = 'staff' | 'departments';
interface Ranking {
  month: string;
  hall: { code: string; name: string };
  from: string;
  to: string;
  weights: Record<Target, Record<string, number>>;
  staff: { rank: number | null; username: string; displayName: string; score: number | null; components: ComponentScore[] }[];
  departments: { rank: number | null; departmentCode: string; departmentName: string; score: number | null; components: ComponentScore[] }[];
}
interface WeightSetting {
  key: string;
  weight: number;
  defaultWeight: number;
}

const DEFINITIONS = { staff: STAFF_COMPONENTS, departments: DEPARTMENT_COMPONENTS };

export function startRankingPage(): void {
  const data = pageData<PageData>();
  const hallSelect = $<HTMLSelectElement>('#rk-hall');
  const monthInput = $<HTMLInputElement>('#rk-month');
  const dialog = $<HTMLDialogElement>('#rk-weights');
  const downloads = ['#rk-csv-staff', '#rk-csv-departments', '#rk-xlsx'].map((s) => $<HTMLButtonElement>(s));
  const S = { loading: 0, admin: false, defaults: {} as Record<Target, Record<string, number>> };

  monthInput.value = previousMonth(businessDateInZone(data.serverNow, data.timeZone).slice(0, 7));

  const query = (format?: 'csv' | 'xlsx', list?: Target) =>
    `/api/v1/reports/ranking?${new URLSearchParams({ hall: hallSelect.value, month: monthInput.value, ...(format ? { format } : {}), ...(list ? { list } : {}) })}`;

  async function load(): Promise<void> {
    setText('#rk-error', '');
    if (!/^\d{4}-\d{2}$/.test(monthInput.value)) return setText('#rk-error', '请选择月份');
    const ticket = ++S.loading; // a slower earlier answer never overwrites a later one
    try {
      const ranking = await api<Ranking>(query());
      if (ticket === S.loading) draw(ranking);
    } catch (err) {
      if (ticket !== S.loading) return;
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      if (err instanceof ApiError && (err.status === 400 || err.status === 403 || err.status === 404)) return setText('#rk-error', err.message);
      toast(failureText(err), 'error');
    }
  }

  function drawTable(table: ReportTable, target: string): void {
    const num = (i: number) => table.formats[i] !== 'text';
    render(
      html`<thead><tr>${table.headers.map((h, i) => html`<th scope="col" class=${num(i) ? 'num' : ''}>${h}</th>`)}</tr></thead>
<tbody>${table.rows.map((row) => html`<tr class=${row[0] === 1 ? 'rk-top' : ''}>${row.map((v, i) => html`<td class=${`${num(i) ? 'num' : ''} ${i === 0 ? 'rk-rank' : ''}`}>${formatCell(v, table.formats[i])}</td>`)}</tr>`)}</tbody>`,
      $<HTMLElement>(target),
    );
  }

  function drawChart(target: string, title: string, rows: { label: string; value: number }[]): void {
    const box = $(target);
    box.replaceChildren();
    if (rows.length) box.append(toSvg(hbarChart({ title, rows, unit: '分' })));
  }

  function draw(ranking: Ranking): void {
    const tables = rankingTables(ranking, DEFINITIONS);
    setText('#rk-range', `${ranking.hall.name} · ${ranking.month.replace('-', '年')}月考核排名 · 统计期 ${ranking.from} 至 ${ranking.to}`);
    drawTable(tables.staff, '#rk-staff');
    drawTable(tables.departments, '#rk-departments');
    $('#rk-staff-empty').hidden = ranking.staff.length > 0;
    const scored = <T extends { score: number | null }>(rows: T[], label: (r: T) => string) =>
      rows.filter((r) => r.score !== null).slice(0, 20).map((r) => ({ label: label(r), value: r.score! }));
    drawChart('#rk-staff-chart', '人员综合得分', scored(ranking.staff, (s) => s.displayName));
    drawChart('#rk-departments-chart', '部门综合得分', scored(ranking.departments, (d) => d.departmentName));
    for (const b of downloads) b.disabled = false;
  }

  function shiftMonth(step: 1 | -1): void {
    if (!/^\d{4}-\d{2}$/.test(monthInput.value)) return;
    monthInput.value = step === 1 ? nextMonth(monthInput.value) : previousMonth(monthInput.value);
    void load();
  }

  async function download(format: 'csv' | 'xlsx', list?: Target): Promise<void> {
    try {
      await downloadApiFile(query(format, list), `ranking.${format}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      toast(failureText(err), 'error');
    }
  }

  // ---- weights (admins) ----
  const weightInputs = () => $$<HTMLInputElement>('#rk-weights input[data-key]');
  function fillWeights(values: Record<Target, Record<string, number>>): void {
    for (const input of weightInputs()) {
      input.value = String(values[input.dataset.target as Target][input.dataset.key!]);
      input.removeAttribute('aria-invalid');
    }
  }
  function readWeights(): Record<Target, Record<string, number>> {
    const out: Record<Target, Record<string, number>> = { staff: {}, departments: {} };
    for (const input of weightInputs()) out[input.dataset.target as Target][input.dataset.key!] = input.value.trim() === '' ? NaN : Number(input.value);
    return out;
  }
  async function openWeights(): Promise<void> {
    if (!S.admin) return;
    setText('#rk-weights-error', '');
    try {
      const settings = await api<Record<Target, WeightSetting[]>>('/api/v1/reports/ranking/weights');
      const pick = (key: 'weight' | 'defaultWeight') => ({
        staff: Object.fromEntries(settings.staff.map((c) => [c.key, c[key]])),
        departments: Object.fromEntries(settings.departments.map((c) => [c.key, c[key]])),
      });
      S.defaults = pick('defaultWeight');
      fillWeights(pick('weight'));
      dialog.showModal();
      weightInputs()[0]?.focus();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      toast(failureText(err), 'error');
    }
  }
  async function saveWeights(): Promise<void> {
    const weights = readWeights();
    for (const target of ['staff', 'departments'] as const) {
      const problem = weightsProblem(DEFINITIONS[target], weights[target]);
      if (problem) {
        const bad = weightInputs().find((i) => i.dataset.target === target && !Number.isInteger(weights[target][i.dataset.key!]));
        bad?.setAttribute('aria-invalid', 'true');
        bad?.focus();
        return setText('#rk-weights-error', `${target === 'staff' ? '人员' : '部门'}：${problem}`);
      }
    }
    try {
      await api('/api/v1/reports/ranking/weights', { method: 'PUT', body: weights });
      dialog.close();
      toast('考核权重已保存', 'ok');
      void load();
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      setText('#rk-weights-error', err instanceof ApiError && err.status === 400 ? err.message : failureText(err));
    }
  }
  $('#rk-weights-open').addEventListener('click', () => void openWeights());
  $('#rk-weights-cancel').addEventListener('click', () => dialog.close());
  $('#rk-weights-defaults').addEventListener('click', () => fillWeights(S.defaults));
  $('#rk-weights-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void saveWeights();
  });
  dialog.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void saveWeights();
    }
  });

  $('#rk-prev').addEventListener('click', () => shiftMonth(-1));
  $('#rk-next').addEventListener('click', () => shiftMonth(1));
  downloads[0].addEventListener('click', () => void download('csv', 'staff'));
  downloads[1].addEventListener('click', () => void download('csv', 'departments'));
  downloads[2].addEventListener('click', () => void download('xlsx'));
  hallSelect.addEventListener('change', () => void load());
  monthInput.addEventListener('change', () => void load());
  $('#rk-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void load();
  });
  document.addEventListener('keydown', (e) => {
    if ($('#rk-main').hidden || dialog.open || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.target as HTMLElement).closest('input, select, textarea, dialog')) return;
    const key = e.key.toLowerCase();
    const act = (fn: () => void) => {
      e.preventDefault();
      fn();
    };
    if (e.key === 'ArrowLeft') act(() => shiftMonth(-1));
    else if (e.key === 'ArrowRight') act(() => shiftMonth(1));
    else if (key === 'c' && !downloads[0].disabled) act(() => void download('csv', 'staff'));
    else if (key === 'd' && !downloads[1].disabled) act(() => void download('csv', 'departments'));
    else if (key === 'x' && !downloads[2].disabled) act(() => void download('xlsx'));
    else if (key === 'w' && S.admin) act(() => void openWeights());
  });

  const signIn = setupSignIn({
    id: 'rk-login',
    roles: ['supervisor', 'admin'],
    refused: '考核排名仅限电子监察员或管理员查看',
    onSignedIn: (user) => {
      setText('#rk-user-name', user.displayName || user.username);
      S.admin = user.roles.includes('admin');
      $('#rk-weights-open').hidden = !S.admin;
      $('#rk-user').hidden = false;
      $('#rk-main').hidden = false;
      void load();
    },
    onSignedOut: () => {
      $('#rk-user').hidden = true;
      $('#rk-main').hidden = true;
      if (dialog.open) dialog.close();
      render(html``, $<HTMLElement>('#rk-staff'));
      render(html``, $<HTMLElement>('#rk-departments'));
      for (const target of ['#rk-staff-chart', '#rk-departments-chart']) $(target).replaceChildren();
      for (const b of downloads) b.disabled = true;
    },
  });
  $('#rk-password').addEventListener('click', () => signIn.changePassword());
  $('#rk-logout').addEventListener('click', () => signIn.signOut());
}
