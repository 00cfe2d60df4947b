// The catalogue on a hall TV: shows one screen of items at a time and moves on every few seconds.
// After a full round it reloads when the list is older than a few minutes, so edits reach the hall.
import { $, $$, setText, startClock } from '../lib/dom';

const RELOAD_AFTER_MS = 5 * 60 * 1000;

export interface TvPagerOptions {
  /** Seconds each screen stays. */
  seconds: number;
  timeZone: string;
}

export function startTvPager({ seconds, timeZone }: TvPagerOptions): void {
  const pages = $$('.tv-page[data-page]');
  const bar = $('#tv-bar');
  const loadedAt = Date.now();
  let current = 0;

  startClock(timeZone, ({ time, date }) => {
    setText('#tv-clock', time);
    setText('#tv-date', date);
  });

  function runBar(): void {
    bar.classList.remove('is-running');
    bar.style.transitionDuration = '0s';
    void bar.offsetWidth; // restart the transition
    bar.style.transitionDuration = `${seconds}s`;
    bar.classList.add('is-running');
  }

  function showPage(index: number): void {
    pages.forEach((page, i) => page.classList.toggle('is-active', i === index));
    setText('#tv-page-no', index + 1);
    current = index;
    runBar();
  }

  function next(): void {
    const following = (current + 1) % pages.length;
    if (following === 0 && Date.now() - loadedAt > RELOAD_AFTER_MS) {
      window.location.reload();
      return;
    }
    showPage(following);
  }

  if (pages.length > 0) {
    showPage(0);
    setInterval(next, seconds * 1000);
  }
}
