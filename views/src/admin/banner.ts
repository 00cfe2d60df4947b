// The admin pages' message banner (#message): a success fades after 4 s, an error stays until the next message.
import { $ } from '../lib/dom';

export type BannerKind = 'ok' | 'error';

/** `prefix` is the page's class prefix: `ac` gives `ac-banner ac-banner-ok`. */
export function adminBanner(prefix: string): (text: string, kind?: BannerKind) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (text, kind = 'ok') => {
    const box = $('#message');
    box.className = `${prefix}-banner ${kind === 'error' ? `${prefix}-banner-error` : `${prefix}-banner-ok`}`;
    box.textContent = text;
    box.hidden = !text;
    clearTimeout(timer);
    if (text && kind === 'ok') timer = setTimeout(() => (box.hidden = true), 4000);
  };
}
