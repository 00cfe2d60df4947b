// The catalogue on a hall TV: shows one screen of items at a time and moves on every few seconds.
// After a full round it reloads when the list is older than a few minutes, so edits reach the hall.
(function () {
  const { dom } = window.OneWindow;
  const data = dom.pageData();
  const pages = dom.$$('.tv-page[data-page]');
  const bar = dom.$('#tv-bar');
  const RELOAD_AFTER_MS = 5 * 60 * 1000;
  const loadedAt = Date.now();
  let current = 0;

  dom.startClock(data.timeZone, ({ time, date }) => {
    dom.setText('#tv-clock', time);
    dom.setText('#tv-date', date);
  });

  function runBar() {
    bar.classList.remove('is-running');
    bar.style.transitionDuration = '0s';
    void bar.offsetWidth; // restart the transition
    bar.style.transitionDuration = `${data.seconds}s`;
    bar.classList.add('is-running');
  }

  function showPage(index) {
    pages.forEach((page, i) => page.classList.toggle('is-active', i === index));
    dom.setText('#tv-page-no', index + 1);
    current = index;
    runBar();
  }

  function next() {
    const following = (current + 1) % pages.length;
    if (following === 0 && Date.now() - loadedAt > RELOAD_AFTER_MS) {
      window.location.reload();
      return;
    }
    showPage(following);
  }

  if (pages.length > 0) {
    showPage(0);
    setInterval(next, data.seconds * 1000);
  }
})();
