// The clerk console (综合窗口工作台): sign in, pick a window, work the queue by button or keyboard,
// and take in cases in the 办件 panel (hotline transfers too).
import { createCasePanel } from '../case-desk/case-panel';
import type { ConsoleData } from '../console/console-data';
import { createQueueDesk } from '../console/queue-desk';
import { $, pageData, setText } from '../lib/dom';
import { EXPIRED_TEXT, setupSignIn } from '../lib/sign-in';

const data = pageData<ConsoleData>();
const expired = () => signIn.show(EXPIRED_TEXT);
const panel = createCasePanel({ hall: data.hall, desk: data.desk, getTicket: () => queue.ticket(), onAuthError: expired });
const queue = createQueueDesk(data, { panel, onExpired: expired });

$('.cs-case-buttons').addEventListener('click', (e) => {
  const button = (e.target as Element).closest<HTMLElement>('[data-desk]');
  if (button?.dataset.desk) panel.open(button.dataset.desk);
});

const signIn = setupSignIn({
  id: 'login',
  onSignedIn(user) {
    setText('#cs-user-name', user.displayName || user.username);
    $('#cs-user').hidden = false;
    queue.start(user);
  },
  onSignedOut() {
    $('#cs-user').hidden = true;
    queue.stop();
    panel.stop();
  },
});

$('#cs-password').addEventListener('click', () => signIn.changePassword());
$('#cs-logout').addEventListener('click', () => {
  queue.forgetWindow();
  panel.forgetHotline();
  signIn.signOut();
});
