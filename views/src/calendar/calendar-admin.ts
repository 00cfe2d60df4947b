// The admins' calendar page: marks holidays (休) and make-up days (班) on the server-rendered year grid,
// edits a day through a dialog, exports and imports a whole year in the holiday-cn JSON shape.
import type { CalendarDay, CalendarYear } from '../../../src/calendar/domain/calendar-day';
import type { CalendarStatus } from '../../../src/calendar/domain/calendar-views';
import { exceptionAfterEdit, isWeekendDate } from '../../../src/calendar/domain/day-edit';
import { dayOfWeek } from '../../../src/calendar/domain/iso-date';
import { WorkingCalendar } from '../../../src/calendar/domain/working-calendar';
import { isAdmin } from '../admin/account';
import { setupAdminSignIn } from '../admin/admin-sign-in';
import { adminFailure as failure, isUnauthorized } from '../admin/failure';
import { api } from '../lib/api';
import { $ } from '../lib/dom';
import { dayText, markYear } from './year-marks';

const WEEKDAY_NAMES = '日一二三四五六';

type DayAction = 'off' | 'work' | 'clear';

function show(element: HTMLElement, text: string): void {
  element.textContent = text;
  element.hidden = !text;
}

export function startCalendarAdmin({ year }: { year: number }): void {
  const state: { loaded: boolean; calendar: WorkingCalendar; editing: string | null } = { loaded: false, calendar: new WorkingCalendar(), editing: null };
  const dayDialog = $<HTMLDialogElement>('#day-dialog');
  const dayName = $<HTMLInputElement>('#day-name');
  const dayError = $('#day-error');

  function notify(text: string, kind: 'ok' | 'error'): void {
    const box = $('#message');
    box.className = `cal-banner${kind === 'error' ? ' cal-banner-error' : ' cal-banner-ok'}`;
    show(box, text);
  }

  function render(): void {
    markYear(state.calendar);
    $<HTMLButtonElement>('#export-year').disabled = !state.loaded;
    $('#create-year').hidden = state.loaded || !isAdmin();
    $('#import-label').classList.toggle('is-disabled', !isAdmin());
    $<HTMLInputElement>('#import-file').disabled = !isAdmin();
  }

  const signIn = setupAdminSignIn({
    refused: '该账号不是管理员，不能修改日历',
    buttonClasses: ['cal-button', 'cal-button cal-button-quiet'],
    onSignedIn: () => refresh(),
    onSignedOut: () => refresh(),
  });

  function refresh(): void {
    render();
  }

  async function load(): Promise<void> {
    const [status, count] = await Promise.all([
      api<CalendarStatus>('/api/v1/calendar/status', { auth: false }),
      api<{ workingDays: number }>(`/api/v1/calendar/working-days?from=${year - 1}-12-31&to=${year}-12-31`, { auth: false }),
    ]);
    $('#loaded-years').textContent = status.years.length ? status.years.join('、') : '无';
    show($('#warning'), status.warning ? `⚠ ${status.warning}` : '');
    state.loaded = status.years.includes(year);
    const file: CalendarYear = state.loaded ? await api<CalendarYear>(`/api/v1/calendar/${year}`, { auth: false }) : { year, days: [] };
    state.calendar = new WorkingCalendar(file.days);
    const offDays = file.days.filter((day) => day.isOffDay).length;
    $('#year-state').textContent = state.loaded
      ? `已导入：${offDays} 个休息日，${file.days.length - offDays} 个调休上班日`
      : `${year} 年节假日安排尚未导入，目前只按周末计算`;
    $('#year-count').textContent = `全年工作日 ${count.workingDays} 天`;
    render();
  }

  function openDay(date: string): void {
    if (!isAdmin()) return signIn.show();
    if (!state.loaded) return notify(`请先导入 ${year} 年节假日安排（或创建该年份）再修改单日`, 'error');
    const entry: CalendarDay | undefined = state.calendar.entryFor(date);
    const working = state.calendar.isWorkingDay(date);
    state.editing = date;
    $('#day-title').textContent = `${date}（周${WEEKDAY_NAMES[dayOfWeek(date)]}）`;
    $('#day-state').textContent = `当前：${dayText(entry, isWeekendDate(date))}。${working ? '可设为休息日（休）。' : '可设为工作日（班）。'}`;
    dayName.value = entry ? entry.name : working ? '' : '调休';
    dayName.placeholder = working ? '如：国庆节' : '如：调休';
    $('#day-dialog [data-action="clear"]').hidden = !entry;
    show(dayError, '');
    dayDialog.showModal();
    dayName.focus();
  }

  async function applyDay(action: DayAction): Promise<void> {
    const date = state.editing;
    if (!date) return;
    const name = dayName.value.trim();
    try {
      if (action === 'clear') {
        await api(`/api/v1/calendar/days/${date}`, { method: 'DELETE' });
      } else {
        const isOffDay = action === 'off';
        // a day that stays an exception shows its name; a plain weekday keeps none (the API still wants one)
        const exception = exceptionAfterEdit(date, isOffDay, name);
        if (exception && !exception.name) return show(dayError, '请填写名称（节日名，或“调休”）');
        await api(`/api/v1/calendar/days/${date}`, { method: 'PUT', body: { isOffDay, name: name || '工作日' } });
      }
      dayDialog.close();
      notify(`${date} 已保存`, 'ok');
      await load();
    } catch (error) {
      if (isUnauthorized(error)) {
        dayDialog.close();
        return signIn.show();
      }
      show(dayError, failure(error));
    }
  }

  for (const button of document.querySelectorAll<HTMLButtonElement>('#day-dialog [data-action]')) {
    const action = button.dataset.action;
    button.addEventListener('click', () => (action === 'cancel' ? dayDialog.close() : void applyDay(action as DayAction)));
  }
  $('.cal-year').addEventListener('click', (event) => {
    const cell = (event.target as Element).closest<HTMLElement>('.cal-day');
    if (cell?.dataset.date) openDay(cell.dataset.date);
  });

  $('#export-year').addEventListener('click', async () => {
    try {
      const data = await api<CalendarYear>(`/api/v1/calendar/${year}`, { auth: false });
      const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `${year}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } catch (error) {
      notify(`导出失败：${failure(error)}`, 'error');
    }
  });

  async function putYear(target: number, file: unknown, dayCount: number): Promise<void> {
    await api(`/api/v1/calendar/${target}`, { method: 'PUT', body: file });
    if (target !== year) return window.location.assign(`/admin/calendar/${target}`);
    notify(`${target} 年安排已导入（${dayCount} 天）`, 'ok');
    await load();
  }

  $<HTMLInputElement>('#import-file').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    let file: { year?: unknown; days?: unknown } | null;
    try {
      file = JSON.parse(await chosen.text()) as typeof file;
    } catch {
      return notify(`导入失败：${chosen.name} 不是有效的 JSON`, 'error');
    }
    // the server checks the file; the page only asks which year it replaces
    const target = file && Number.isInteger(file.year) ? (file.year as number) : year;
    const count = file && Array.isArray(file.days) ? file.days.length : 0;
    if (!window.confirm(`用 ${chosen.name} 替换 ${target} 年的全部节假日安排（${count} 天）？`)) return;
    try {
      await putYear(target, file, count);
    } catch (error) {
      notify(`导入失败：${failure(error)}`, 'error');
    }
  });

  $('#create-year').addEventListener('click', async () => {
    if (!window.confirm(`${year} 年尚无官方安排。创建后该年按周末计算，并可逐日标注节假日和调休。继续？`)) return;
    try {
      await putYear(year, { year, days: [] }, 0);
    } catch (error) {
      notify(`创建失败：${failure(error)}`, 'error');
    }
  });

  refresh();
  load().catch((error: unknown) => notify(`读取日历失败：${failure(error)}`, 'error'));
}
