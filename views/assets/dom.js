// Small DOM helpers shared by the pages. Text always goes in through textContent, never as HTML.
(function () {
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'text') node.textContent = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const $ = (selector, root) => (root || document).querySelector(selector);
  const $$ = (selector, root) => Array.from((root || document).querySelectorAll(selector));

  function setText(selectorOrNode, text) {
    const node = typeof selectorOrNode === 'string' ? $(selectorOrNode) : selectorOrNode;
    if (node) node.textContent = text === null || text === undefined ? '' : String(text);
  }

  // The view-model the server embedded as a JSON data block (not executable).
  function pageData() {
    const node = document.getElementById('page-data');
    return node ? JSON.parse(node.textContent) : {};
  }

  // "2026-11-23T09:30:05+08:00" → "09:30"; timestamps arrive in the hall's zone already.
  function clockTime(iso) {
    const m = /T(\d{2}:\d{2})/.exec(iso || '');
    return m ? m[1] : '';
  }

  function fillTemplate(template, values) {
    return template.replace(/\{(\w+)\}/g, (whole, key) => (values[key] === undefined || values[key] === null ? whole : String(values[key])));
  }

  // A clock in the hall's time zone, whatever the device's zone is.
  function startClock(timeZone, onTick) {
    const time = new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    const date = new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });
    const tick = () => {
      const now = new Date();
      onTick({ time: time.format(now), date: date.format(now) });
    };
    tick();
    return setInterval(tick, 1000);
  }

  // Non-blocking messages at the bottom of the screen; errors stay longer.
  function toast(message, kind) {
    let host = $('#toasts');
    if (!host) {
      host = el('div', { id: 'toasts', class: 'toasts', role: 'status', 'aria-live': 'polite' });
      document.body.append(host);
    }
    const item = el('div', { class: `toast toast-${kind || 'info'}`, text: message });
    host.append(item);
    while (host.children.length > 3) host.firstElementChild.remove();
    setTimeout(() => item.remove(), kind === 'error' ? 6000 : 3000);
    return item;
  }

  window.OneWindow = Object.assign(window.OneWindow || {}, { dom: { el, $, $$, setText, pageData, clockTime, fillTemplate, startClock, toast } });
})();
