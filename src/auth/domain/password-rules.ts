/** Password rules (no framework imports): the server checks them, a page may show them before sending. */
export const PASSWORD_MIN_LENGTH = 10;

export type PasswordProblem = 'too_short' | 'only_digits' | 'contains_username';

export const PASSWORD_PROBLEM_TEXT: Record<PasswordProblem, string> = {
  too_short: `密码至少 ${PASSWORD_MIN_LENGTH} 个字符`,
  only_digits: '密码不能全是数字',
  contains_username: '密码不能包含用户名',
};

/** Every rule the password breaks, in a fixed order; empty when it is acceptable. */
export function passwordProblems(password: string, username: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (/^\d+$/.test(password)) problems.push('only_digits');
  const name = username.trim().toLowerCase();
  if (name && password.toLowerCase().includes(name)) problems.push('contains_username');
  return problems;
}

export interface PasswordRuleCheck {
  rule: PasswordProblem;
  text: string;
  ok: boolean;
}

/** Every rule with whether the password keeps it, for hints shown while typing (the same rules the server checks). */
export function passwordRuleChecks(password: string, username: string): PasswordRuleCheck[] {
  const broken = passwordProblems(password, username);
  return (Object.keys(PASSWORD_PROBLEM_TEXT) as PasswordProblem[]).map((rule) => ({ rule, text: PASSWORD_PROBLEM_TEXT[rule], ok: !broken.includes(rule) }));
}
