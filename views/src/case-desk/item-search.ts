// The intake pane's item box: results as you type (name, code or pinyin initials), ↑↓ to move, Enter to pick.
import { html, render } from 'lit-html';
import { api, failureText } from '../lib/api';
import { $ } from '../lib/dom';
import type { DeskData } from '../console/console-data';
import { itemLimitText, type ItemSummary } from './catalog-item';

const SEARCH_DELAY_MS = 180;
const MAX_RESULTS = 8;

export interface ItemSearchOptions {
  desk: DeskData;
  onPick(code: string): void;
  onError(message: string): void;
}

export function createItemSearch({ desk, onPick, onError }: ItemSearchOptions) {
  const q = $<HTMLInputElement>('#ci-q');
  const list = $<HTMLElement>('#ci-results');
  const kindText: Record<string, string> = desk.kindText;
  let results: ItemSummary[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function show(items: ItemSummary[]): void {
    results = items.slice(0, MAX_RESULTS);
    active = results.length ? 0 : -1;
    draw();
  }

  function draw(): void {
    const open = results.length > 0;
    list.hidden = !open;
    q.setAttribute('aria-expanded', String(open));
    render(
      results.map(
        (item, i) => html`<li role="option" id="ci-opt-${i}" class=${i === active ? 'active' : ''} aria-selected=${String(i === active)} data-code=${item.code}
          @mousedown=${(e: Event) => { e.preventDefault(); onPick(item.code); }}><span class="ci-opt-name">${item.name}</span><span
          class="ci-opt-meta">${item.code} · ${kindText[item.kind] ?? item.kind} · ${itemLimitText(item)}${
          item.members?.length ? ` · 含 ${item.members.map((p) => p.name).join('、')}` : ''}</span></li>`,
      ),
      list,
    );
    if (active >= 0) q.setAttribute('aria-activedescendant', `ci-opt-${active}`);
    else q.removeAttribute('aria-activedescendant');
  }

  async function search(): Promise<void> {
    const mine = ++seq;
    const text = q.value.trim();
    try {
      const items = await api<ItemSummary[]>(`/api/v1/catalog/items${text ? `?q=${encodeURIComponent(text)}` : ''}`, { auth: false });
      if (mine === seq) show(items);
    } catch (err) {
      if (mine === seq) onError(failureText(err));
    }
  }

  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), SEARCH_DELAY_MS);
  });
  q.addEventListener('focus', () => {
    if (!results.length) void search();
  });
  q.addEventListener('blur', () => setTimeout(() => show([]), 150));
  q.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!results.length) return void search();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + results.length) % results.length;
      draw();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = results[active] ?? results[0];
      if (chosen) onPick(chosen.code);
    } else if (e.key === 'Escape' && results.length) {
      e.preventDefault(); // close the list, not the panel
      e.stopPropagation();
      show([]);
    }
  });

  return {
    /** An item was chosen: stop searching, close the list. */
    close(): void {
      clearTimeout(timer);
      seq++;
      show([]);
    },
    set text(value: string) {
      q.value = value;
    },
    focus: () => q.focus(),
  };
}
