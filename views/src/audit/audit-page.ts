// The admins' audit page (留痕查询): filters, the entries newest first with an expandable before/after diff,
// more on demand, and a CSV export of everything the filters match.
import { html, render } from 'lit-html';
import type { AuditView } from '../../../src/audit/domain/audit-entry';
import { auditCsv } from '../../../src/audit/domain/audit-csv';
import { actionLabel, diffLines, subjectLabel } from '../../../src/audit/domain/audit-labels';
import { isAdmin } from '../admin/account';
import { setupAdminSignIn } from '../admin/admin-sign-in';
import { adminFailure, isUnauthorized } from '../admin/failure';
import { api } from '../lib/api';
import { $ } from '../lib/dom';

const PAGE = 100;
/** The export reads at most this many entries (in pages of 1000). */
const EXPORT_MAX = 20_000;

interface UserOption {
  id: number;
  username: string;
  displayName: string;
}

function shortTime(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

function diffCell(entry: AuditView) {
  const lines = diffLines(entry.detail);
  if (!lines.length) return html`<span class="muted">—</span>`;
  const isChange = !!entry.detail && ('before' in entry.detail || 'after' in entry.detail);
  return html`<details class="au-diff">
    <summary>${isChange ? `${lines.length} 项变更` : '查看'}</summary>
    <table>
      ${isChange ? html`<tr><th>字段</th><th>变更前</th><th>变更后</th></tr>` : null}
      ${lines.map((l) => isChange
        ? html`<tr><th scope="row">${l.field}</th><td class="au-before">${l.before}</td><td class="au-after">${l.after}</td></tr>`
        : html`<tr><th scope="row">${l.field}</th><td>${l.after}</td></tr>`)}
    </table>
  </details>`;
}

function rowsTemplate(entries: readonly AuditView[]) {
  if (!entries.length) return html`<tr><td colspan="5" class="muted">没有符合条件的记录</td></tr>`;
  return entries.map((e) => html`<tr class="au-kind-${e.kind}" data-id=${e.id}>
    <td class="au-time">${shortTime(e.at)}</td>
    <td>${e.actorName}</td>
    <td class="au-action">${actionLabel(e.action)}</td>
    <td>${subjectLabel(e)}</td>
    <td>${diffCell(e)}</td>
  </tr>`);
}

export function startAuditPage(): void {
  const state: { entries: AuditView[]; query: string; busy: boolean } = { entries: [], query: '', busy: false };
  const message = $('#message');

  function say(text: string, error = false): void {
    message.textContent = text;
    message.classList.toggle('is-error', error);
  }

  function queryString(): string {
    const params = new URLSearchParams();
    const set = (name: string, selector: string) => {
      const value = $<HTMLInputElement | HTMLSelectElement>(selector).value.trim();
      if (value) params.set(name, value);
    };
    set('kind', '#f-kind');
    set('from', '#f-from');
    set('to', '#f-to');
    set('actorId', '#f-actor');
    set('subjectType', '#f-subject');
    set('subjectId', '#f-subject-id');
    return params.toString();
  }

  function draw(): void {
    render(rowsTemplate(state.entries), $<HTMLElement>('#rows'));
    $<HTMLButtonElement>('#export').disabled = state.entries.length === 0;
  }

  async function fetchPage(query: string, offset: number, limit: number): Promise<AuditView[]> {
    return api<AuditView[]>(`/api/v1/audit?${query}${query ? '&' : ''}limit=${limit}&offset=${offset}`);
  }

  async function guarded(work: () => Promise<void>): Promise<void> {
    if (state.busy) return;
    state.busy = true;
    try {
      await work();
    } catch (error) {
      if (isUnauthorized(error)) signIn.show('登录已过期，请重新登录');
      else say(adminFailure(error), true);
    } finally {
      state.busy = false;
    }
  }

  function search(): Promise<void> {
    return guarded(async () => {
      say('正在查询…');
      const query = queryString();
      const page = await fetchPage(query, 0, PAGE);
      state.query = query;
      state.entries = page;
      $('#more').hidden = page.length < PAGE;
      say(`共显示 ${state.entries.length} 条记录${page.length < PAGE ? '' : '（还有更多）'}`);
      draw();
    });
  }

  function more(): Promise<void> {
    return guarded(async () => {
      const page = await fetchPage(state.query, state.entries.length, PAGE);
      state.entries = [...state.entries, ...page];
      $('#more').hidden = page.length < PAGE;
      say(`共显示 ${state.entries.length} 条记录${page.length < PAGE ? '' : '（还有更多）'}`);
      draw();
    });
  }

  function exportCsv(): Promise<void> {
    return guarded(async () => {
      say('正在导出…');
      const all: AuditView[] = [];
      for (;;) {
        const page = await fetchPage(state.query, all.length, 1000);
        all.push(...page);
        if (page.length < 1000 || all.length >= EXPORT_MAX) break;
      }
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([auditCsv(all)], { type: 'text/csv;charset=utf-8' }));
      link.download = `留痕-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      say(`已导出 ${all.length} 条记录${all.length >= EXPORT_MAX ? `（最多 ${EXPORT_MAX} 条，请缩小日期范围）` : ''}`);
    });
  }

  async function loadActors(): Promise<void> {
    const users = await api<UserOption[]>('/api/v1/users');
    const select = $<HTMLSelectElement>('#f-actor');
    const chosen = select.value;
    render(html`<option value="">全部人员</option>${users.map((u) => html`<option value=${u.id}>${u.displayName}（${u.username}）</option>`)}`, select);
    select.value = chosen;
  }

  const signIn = setupAdminSignIn({
    refused: '该账号不是管理员，不能查看留痕',
    buttonClasses: ['au-button', 'au-button au-quiet'],
    onSignedIn: () => {
      refresh();
      void loadActors().catch(() => undefined);
      void search();
    },
    onSignedOut: () => {
      state.entries = [];
      refresh();
    },
  });

  function refresh(): void {
    $('#work').hidden = !isAdmin();
    draw();
  }

  $<HTMLFormElement>('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  $('#more').addEventListener('click', () => void more());
  $('#export').addEventListener('click', () => void exportCsv());
}
