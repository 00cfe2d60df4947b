// Small DOM helpers shared by the pages. Text always goes in through textContent, never as HTML.
export { clockTime } from '../../../src/calendar/domain/iso-date';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, unknown>;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Array<Child | Child[]>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = String(value);
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value as EventListener);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** The element for a selector; throws when the page lacks it (a template and its script disagree). */
export function $<E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E {
  const node = root.querySelector<E>(selector);
  if (!node) throw new Error(`missing element ${selector}`);
  return node;
}

export function $maybe<E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E | null {
  return root.querySelector<E>(selector);
}

export function $$<E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E[] {
  return Array.from(root.querySelectorAll<E>(selector));
}

export function setText(target: string | Node | null, text: unknown): void {
  const node = typeof target === 'string' ? document.querySelector(target) : target;
  if (node) node.textContent = text === null || text === undefined ? '' : String(text);
}

/** The view-model the server embedded as a JSON data block (not executable). */
export function pageData<T>(): T {
  const node = document.getElementById('page-data');
  return (node ? JSON.parse(node.textContent ?? '{}') : {}) as T;
}

/** A clock in the hall's time zone, whatever the device's zone is. */
export function startClock(timeZone: string, onTick: (now: { time: string; date: string }) => void): ReturnType<typeof setInterval> {
  const time = new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
  const date = new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });
  const tick = () => {
    const now = new Date();
    onTick({ time: time.format(now), date: date.format(now) });
  };
  tick();
  return setInterval(tick, 1000);
}

/** Non-blocking messages at the bottom of the screen; errors stay longer. */
export function toast(message: string, kind: 'info' | 'ok' | 'error' = 'info'): HTMLElement {
  let host = document.getElementById('toasts');
  if (!host) {
    host = el('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
    document.body.append(host);
  }
  const item = el('div', { class: `toast toast-${kind}`, text: message });
  host.append(item);
  while (host.children.length > 3) host.firstElementChild?.remove();
  setTimeout(() => item.remove(), kind === 'error' ? 6000 : 3000);
  return item;
}
