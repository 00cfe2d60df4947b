// Live password rule hints (the server's own rules, auth/domain/password-rules.ts) under a new-password field.
import { html, render } from 'lit-html';
import { passwordProblems, passwordRuleChecks } from '../../../src/auth/domain/password-rules';

/** Renders each rule as kept (✓) or not (✗), and whether the repeat matches when one is given; true when all is well. */
export function renderPasswordHints(list: HTMLElement, password: string, username: string, repeat?: string): boolean {
  const checks = passwordRuleChecks(password, username);
  const repeatOk = repeat === undefined || (repeat === password && password !== '');
  render(
    html`${checks.map((c) => html`<li class=${c.ok ? 'rule-ok' : 'rule-bad'} data-rule=${c.rule}>${c.ok ? '✓' : '✗'} ${c.text}</li>`)}${repeat === undefined
      ? null
      : html`<li class=${repeatOk ? 'rule-ok' : 'rule-bad'} data-rule="repeat">${repeatOk ? '✓' : '✗'} 两次输入的新密码一致</li>`}`,
    list,
  );
  return passwordProblems(password, username).length === 0 && repeatOk;
}
