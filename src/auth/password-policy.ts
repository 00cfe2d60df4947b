import { DomainError } from '../common/domain-error';
import { AuthErrorCode } from './auth.errors';
import { PASSWORD_PROBLEM_TEXT, passwordProblems } from './domain/password-rules';

/** 422 WEAK_PASSWORD with every broken rule (`details.problems`) unless the password is acceptable. */
export function assertStrongPassword(password: string, username: string): void {
  const problems = passwordProblems(password, username);
  if (problems.length) {
    throw DomainError.unprocessable(AuthErrorCode.WEAK_PASSWORD, problems.map((p) => PASSWORD_PROBLEM_TEXT[p]).join('；'), { problems });
  }
}
