// 政务服务月报 (/reports/monthly): signs in, then fetches the month's reports (GET /api/v1/reports/{kind}) and the
// month before's for the ↑/↓ comparison, and GET /api/v1/reports/ranking?month=. Key figures, bar charts as inline
// SVG and the tables of the one layout the screen and the exports use (report-table), laid out for A4 printing.
import { html, nothing, render } from 'lit-html';
import { monthlyFigures, monthlySections, type TotalsByKind } from '../../../src/reports/domain/monthly-report';
import { DEPARTMENT_COMPONENTS, STAFF_COMPONENTS, type ComponentScore } from '../../../src/reports/domain/ranking';
import { rankingTables } from '../../../src/reports/domain/ranking-table';
import { monthLabel, nextMonth, parseMonth, previousMonth, type ReportKind } from '../../../src/reports/domain/report-query';
import { formatCell, reportTable, type ReportTable } from '../../../src/reports/domain/report-table';
import type { monthlyReportViewModel } from '../../../src/reports/view-models/monthly-report.view-model';
import { api, ApiError, failureText } from '../lib/api';
import { $, pageData, setText, toast } from '../lib/dom';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';
import { hbarChart } from '../supervision/charts';
import { toSvg } from '../supervision/svg';
import { reportCharts } from './report-charts';

type PageData = ReturnType<typeof monthlyReportViewModel>['client'];
interface Report {
  kind: ReportKind;
  hall: { code: string; name: string };
  from: string;
  to: string;
  rows: unknown[];
  totals: unknown;
}

/** GET /api/v1/reports/ranking (the 考核排名 page reads the same). */
interface Ranking {
  month: string;
  weights: Record<'staff' | 'departments', Record<string, number>>;
  staff: { rank: number | null; username: string; displayName: string; score: number | null; components: ComponentScore[] }[];
  departments: { rank: number | null; departmentCode: string; departmentName: string; score: number | null; components: ComponentScore[] }[];
}

const NUMBERED = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function stamp(epochMs: number, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(epochMs))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export function startMonthlyReportPage(): void {
  const data = pageData<PageData>();
  const skew = data.serverNow - Date.now();
  const hallSelect = $<HTMLSelectElement>('#mr-hall');
  const monthInput = $<HTMLInputElement>('#mr-month');
  const S = { month: data.month, hall: data.hall, roles: [] as string[], loading: 0 };

  const hallName = () => hallSelect.selectedOptions[0]?.textContent ?? S.hall.name;
  const query = (kind: string, month: string) => {
    const { from, to } = parseMonth(month, month + '-01');
    return `/api/v1/reports/${kind}?${new URLSearchParams({ hall: hallSelect.value, from, to })}`;
  };

  function setMonth(month: string): void {
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return setText('#mr-error', '请选择月份');
    if (month > data.currentMonth) return setText('#mr-error', '不能选择未来的月份');
    S.month = month;
    monthInput.value = month;
    history.replaceState(null, '', `/reports/monthly?${new URLSearchParams({ hall: hallSelect.value, month })}`);
    void load();
  }

  async function fetchAll(kinds: readonly ReportKind[], month: string): Promise<Map<ReportKind, Report>> {
    const reports = await Promise.all(kinds.map((k) => api<Report>(query(k, month))));
    return new Map(reports.map((r, i) => [kinds[i], r]));
  }

  async function fetchRanking(month: string): Promise<Ranking | 'unavailable'> {
    try {
      return await api<Ranking>(`/api/v1/reports/ranking?${new URLSearchParams({ hall: hallSelect.value, month })}`);
    } catch (err) {
      // not there (404) or not for this reader (403): the rest of the report still prints
      if (err instanceof ApiError && (err.status === 403 || err.status === 404)) return 'unavailable';
      throw err;
    }
  }

  async function load(): Promise<void> {
    setText('#mr-error', '');
    const ticket = ++S.loading; // a slower earlier answer never overwrites a later one
    const month = S.month;
    const before = previousMonth(month);
    const sections = monthlySections(S.roles);
    const { from, to } = parseMonth(month, month + '-01');
    setText('#mr-heading', `${hallName()} ${monthLabel(month)} 政务服务月报`);
    document.title = `${hallName()} ${monthLabel(month)} 政务服务月报`;
    setText('#mr-period', `${from} 至 ${to}`);
    $('#mr-next').toggleAttribute('disabled', month >= data.currentMonth);
    $('#mr-sheet').setAttribute('aria-busy', 'true');
    try {
      const [current, previous, ranking] = await Promise.all([
        fetchAll(sections.kinds, month),
        fetchAll(sections.kinds, before).catch(() => null), // the comparison is a bonus: without it, no arrows
        sections.ranking ? fetchRanking(month) : Promise.resolve(null),
      ]);
      if (ticket !== S.loading) return;
      draw(sections.kinds, current, previous, ranking, monthLabel(before));
      setText('#mr-generated', stamp(Date.now() + skew, data.timeZone));
      $('#mr-sheet').setAttribute('aria-busy', 'false');
    } catch (err) {
      if (ticket !== S.loading) return;
      if (err instanceof ApiError && err.status === 401) return signIn.show(EXPIRED_TEXT);
      if (err instanceof ApiError && (err.status === 400 || err.status === 403 || err.status === 404)) return setText('#mr-error', err.message);
      toast(failureText(err), 'error');
    }
  }

  function totalsOf(reports: Map<ReportKind, Report> | null): TotalsByKind | null {
    return reports && Object.fromEntries([...reports].map(([k, r]) => [k, r.totals]));
  }

  function draw(kinds: readonly ReportKind[], current: Map<ReportKind, Report>, previous: Map<ReportKind, Report> | null, ranking: Ranking | 'unavailable' | null, previousLabel: string): void {
    const figures = monthlyFigures(totalsOf(current)!, totalsOf(previous));
    setText('#mr-compare-note', previous ? `箭头为较上月（${previousLabel}）的变化。` : '上月数据暂不可用，未作比较。');
    render(
      figures.map(
        (f) => html`<div class="mr-figure" data-key=${f.key}><dt>${f.label}</dt><dd><span class="mr-value">${f.value}</span>${f.change
          ? html`<span class="mr-change mr-${f.change.tone}" title="较上月">${f.change.arrow} ${f.change.delta}</span>`
          : nothing}</dd></div>`,
      ),
      $<HTMLElement>('#mr-figures'),
    );

    const box = $('#mr-reports');
    box.replaceChildren();
    kinds.forEach((kind, i) => {
      const report = current.get(kind)!;
      const table = reportTable(kind, report);
      const section = document.createElement('section');
      section.className = 'mr-section mr-report';
      section.dataset.kind = kind;
      const charts = document.createElement('div');
      charts.className = 'mr-charts';
      for (const c of reportCharts(kind, report.rows)) {
        const figure = document.createElement('figure');
        figure.className = `mr-chart ${c.cls}`;
        figure.append(Object.assign(document.createElement('figcaption'), { textContent: c.title }));
        if (c.rows.length) figure.append(toSvg(hbarChart({ title: c.title, rows: c.rows, unit: c.unit })));
        else figure.append(Object.assign(document.createElement('p'), { className: 'sv-empty', textContent: '本月没有数据' }));
        charts.append(figure);
      }
      const cells = (row: (string | number | null)[]) => row.map((v, j) => formatCell(v, table.formats[j]));
      const num = (j: number) => table.formats[j] !== 'text';
      const tableBox = document.createElement('div');
      render(
        html`<h2>${NUMBERED[i + 1] ?? i + 2}、${table.title}</h2>
<table class="sv-table mr-table">
<thead><tr>${table.headers.map((h, j) => html`<th scope="col" class=${num(j) ? 'num' : ''}>${h}</th>`)}</tr></thead>
<tbody>${table.rows.map((row) => html`<tr>${cells(row).map((v, j) => html`<td class=${num(j) ? 'num' : ''}>${v}</td>`)}</tr>`)}</tbody>
<tfoot><tr class="mr-total">${cells(table.totals).map((v, j) => html`<td class=${num(j) ? 'num' : ''}>${v}</td>`)}</tr></tfoot>
</table>${table.rows.length ? nothing : html`<p class="sv-empty">本月没有数据。</p>`}`,
        tableBox,
      );
      const [heading, ...rest] = [...tableBox.children];
      section.append(heading, charts, ...rest);
      box.append(section);
    });

    const rankingSection = $('#mr-ranking');
    rankingSection.hidden = ranking === null;
    setText('#mr-ranking-h', `${NUMBERED[kinds.length + 1] ?? kinds.length + 2}、考核排名`);
    const tables: [string, ReportTable][] = ranking && ranking !== 'unavailable' ? Object.entries(rankingTables(ranking, { staff: STAFF_COMPONENTS, departments: DEPARTMENT_COMPONENTS })) : [];
    setText('#mr-ranking-note', ranking === 'unavailable' ? '排名暂不可用' : '综合得分按各项得分（0–100）加权计算，权重见表头。');
    $('#mr-ranking-note').classList.toggle('mr-unavailable', ranking === 'unavailable');
    render(
      tables.map(([list, t]) => {
        const num = (j: number) => t.formats[j] !== 'text';
        return html`<h3>${t.title}</h3>${t.rows.length
          ? html`<table class="sv-table mr-table mr-rank-table" data-list=${list}>
<thead><tr>${t.headers.map((h, j) => html`<th scope="col" class=${num(j) ? 'num' : ''}>${h}</th>`)}</tr></thead>
<tbody>${t.rows.map((row) => html`<tr>${row.map((v, j) => html`<td class=${num(j) ? 'num' : ''}>${formatCell(v, t.formats[j])}</td>`)}</tr>`)}</tbody>
</table>`
          : html`<p class="sv-empty">本月没有排名数据。</p>`}`;
      }),
      $<HTMLElement>('#mr-ranking-tables'),
    );
  }

  monthInput.addEventListener('change', () => setMonth(monthInput.value));
  hallSelect.addEventListener('change', () => setMonth(S.month));
  $('#mr-prev').addEventListener('click', () => setMonth(previousMonth(S.month)));
  $('#mr-next').addEventListener('click', () => setMonth(nextMonth(S.month)));
  $('#mr-print').addEventListener('click', () => window.print());
  $('#mr-form').addEventListener('submit', (e) => e.preventDefault());
  document.addEventListener('keydown', (e) => {
    if ($('#mr-main').hidden || e.ctrlKey || e.metaKey || e.altKey) return;
    if ((e.target as HTMLElement).closest('input, select, textarea, dialog')) return;
    if (e.key.toLowerCase() === 'p') {
      e.preventDefault();
      window.print();
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      setMonth(previousMonth(S.month));
    } else if (e.key === 'ArrowRight' && S.month < data.currentMonth) {
      e.preventDefault();
      setMonth(nextMonth(S.month));
    }
  });

  const signIn = setupSignIn({
    id: 'mr-login',
    roles: ['supervisor', 'admin', 'head'],
    refused: '月报仅限电子监察员、管理员或部门负责人查看',
    onSignedIn: (user) => {
      S.roles = user.roles;
      setText('#mr-user-name', user.displayName || user.username);
      $('#mr-user').hidden = false;
      $('#mr-main').hidden = false;
      void load();
    },
    onSignedOut: () => {
      S.loading++;
      $('#mr-user').hidden = true;
      $('#mr-main').hidden = true;
      $('#mr-reports').replaceChildren();
      render(nothing, $<HTMLElement>('#mr-figures'));
      render(nothing, $<HTMLElement>('#mr-ranking-tables'));
    },
  });
  $('#mr-logout').addEventListener('click', () => signIn.signOut());
}
