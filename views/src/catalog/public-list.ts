// The public catalogue: filters the server-rendered cards as the resident types. The server ranks
// (code, pinyin initials such as "jzz", name); this module only shows, hides and orders the cards.
import type { ItemSummaryView } from '../../../src/catalog/domain/catalog-views';
import { api, failureText } from '../lib/api';
import { $, $$, toast } from '../lib/dom';

export interface PublicListOptions {
  /** The catalogue API answering `?q=&department=&kind=` in rank order. */
  apiPath: string;
}

export function startPublicList({ apiPath }: PublicListOptions): void {
  const form = $<HTMLFormElement>('#cg-filter');
  const q = $<HTMLInputElement>('#cg-q');
  const department = $<HTMLSelectElement>('#cg-department');
  const kind = $<HTMLSelectElement>('#cg-kind');
  const list = $('#cg-list');
  const cards = new Map($$('.cg-item', list).map((li) => [li.dataset.code ?? '', li]));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  function params(): URLSearchParams {
    const p = new URLSearchParams();
    if (q.value.trim()) p.set('q', q.value.trim());
    if (department.value) p.set('department', department.value);
    if (kind.value) p.set('kind', kind.value);
    return p;
  }

  function show(codes: string[]): void {
    const shown = new Set<string>();
    for (const code of codes) {
      const card = cards.get(code);
      if (!card) continue; // published after this page was rendered
      card.hidden = false;
      list.append(card);
      shown.add(code);
    }
    for (const [code, card] of cards) {
      if (shown.has(code)) continue;
      card.hidden = true;
      list.append(card);
    }
    $('#cg-count').textContent = `共 ${shown.size} 项`;
    $('#cg-empty').hidden = shown.size > 0;
  }

  async function apply(): Promise<void> {
    clearTimeout(timer);
    const p = params();
    const mine = ++latest;
    try {
      const items = await api<ItemSummaryView[]>(`${apiPath}?${p}`, { auth: false });
      if (mine !== latest) return; // a newer search is under way
      show(items.map((item) => item.code));
      history.replaceState(null, '', p.toString() ? `/catalog?${p}` : '/catalog');
    } catch (error) {
      toast(`查询失败：${failureText(error)}`, 'error');
    }
  }

  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void apply(), 150);
  });
  department.addEventListener('change', () => void apply());
  kind.addEventListener('change', () => void apply());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void apply();
    q.blur(); // closes the phone keyboard so the results show
  });
  // "/" jumps to the search box, as on many sites
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = document.activeElement?.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
    event.preventDefault();
    q.focus();
  });
}
