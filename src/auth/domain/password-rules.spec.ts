import { PASSWORD_PROBLEM_TEXT, PasswordProblem, passwordProblems, passwordRuleChecks } from './password-rules';

describe('passwordProblems', () => {
  it.each<[string, string, string, PasswordProblem[]]>([
    ['a long mixed password', 'Tongcheng-2026', 'clerk1', []],
    ['exactly ten characters', 'abcdefghij', 'clerk1', []],
    ['nine characters', 'abcdefghi', 'clerk1', ['too_short']],
    ['empty', '', 'clerk1', ['too_short']],
    ['ten digits', '1234567890', 'clerk1', ['only_digits']],
    ['short digits', '12345678', 'clerk1', ['too_short', 'only_digits']],
    ['digits and a letter', '123456789a', 'clerk1', []],
    ['contains the username', 'myclerk1password', 'clerk1', ['contains_username']],
    ['contains the username in other case', 'MyCLERK1Password', 'clerk1', ['contains_username']],
    ['is the username', 'officer-gg', 'officer-gg', ['contains_username']],
    ['short and contains the username', 'clerk1!', 'clerk1', ['too_short', 'contains_username']],
    ['Chinese characters count one each', '桐城街道服务中心二号窗', 'clerk1', []],
    ['nine Chinese characters', '桐城街道服务中心窗', 'clerk1', ['too_short']],
  ])('%s', (_name, password, username, expected) => {
    expect(passwordProblems(password, username)).toEqual(expected);
  });
});

describe('passwordRuleChecks', () => {
  it.each<[string, string, string, Record<PasswordProblem, boolean>]>([
    ['a good password keeps every rule', 'Tongcheng-2026', 'clerk1', { too_short: true, only_digits: true, contains_username: true }],
    ['empty breaks only the length', '', 'clerk1', { too_short: false, only_digits: true, contains_username: true }],
    ['short digits', '1234', 'clerk1', { too_short: false, only_digits: false, contains_username: true }],
    ['with the username', 'clerk1-password', 'clerk1', { too_short: true, only_digits: true, contains_username: false }],
  ])('%s', (_name, password, username, expected) => {
    const checks = passwordRuleChecks(password, username);
    expect(Object.fromEntries(checks.map((c) => [c.rule, c.ok]))).toEqual(expected);
    expect(checks.map((c) => c.text)).toEqual(Object.values(PASSWORD_PROBLEM_TEXT));
  });
});
