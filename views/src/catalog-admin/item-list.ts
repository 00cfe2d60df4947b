// The admins' list of every item (withdrawn ones too), filtered with the catalogue's own search rule.
import { html, nothing, render } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import type { ItemKind } from '../../../src/catalog/domain/catalog-terms';
import type { AdminItemSummaryView } from '../../../src/catalog/domain/catalog-views';
import { searchItems } from '../../../src/catalog/domain/item-search';

export interface ItemListView {
  items: readonly AdminItemSummaryView[];
  query: string;
  /** The code of the item in the editor. */
  editing: string | null;
  kindLabels: Record<ItemKind, string>;
}

const rendered = new WeakSet<HTMLElement>();

export function renderItemList(body: HTMLElement, { items, query, editing, kindLabels }: ItemListView): void {
  if (!rendered.has(body)) {
    body.textContent = ''; // the server's placeholder row
    rendered.add(body);
  }
  const shown = searchItems(items, query, (item) => item);
  render(
    shown.length
      ? repeat(shown, (item) => item.code, (item) => html`<tr class=${[item.code === editing ? 'is-current' : '', item.active ? '' : 'is-inactive'].join(' ').trim()} data-code=${item.code} aria-current=${item.code === editing ? 'true' : nothing}><td class="ac-code">${item.code}</td><td><button type="button" class="ac-item-link" aria-label=${`编辑 ${item.name}（${item.code}）`}>${item.name}</button></td><td>${kindLabels[item.kind] ?? item.kind}</td><td><span class=${`ac-status ${item.active ? 'ac-status-on' : 'ac-status-off'}`}>${item.active ? '已发布' : '已停用'}</span></td></tr>`)
      : html`<tr><td colspan="4" class="muted">${items.length ? '没有匹配的事项' : '暂无事项'}</td></tr>`,
    body,
  );
}
