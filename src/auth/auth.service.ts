import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from './domain/auth-user';
import { DomainError } from '../common/domain-error';
import { TransactionRunner } from '../database/transaction-runner';
import { DomainEvents } from '../events/domain-events';
import { RateLimiter } from '../limits/rate-limiter';
import { AuthErrorCode } from './auth.errors';
import { AuthEvents } from './auth.events';
import { assertStrongPassword } from './password-policy';
import { PasswordHasher } from './password-hasher';
import { TokenVersions } from './token-versions';
import { User } from './user.entity';
import { toAuthUser } from './user.mapper';
import { bumpTokenVersion } from './user.store';


interface TokenPayload {
  sub: number;
  /** The user's token version when it was signed (see TokenVersions). */
  ver: number;
  user: AuthUser;
}

/** A verified token: who it stands for and the token version it carries. */
export interface VerifiedToken {
  user: AuthUser;
  tokenVersion: number;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    private readonly versions: TokenVersions,
    private readonly tx: TransactionRunner,
    private readonly events: DomainEvents,
    private readonly limiter: RateLimiter,
  ) {}

  /**
   * Signs in. Failed attempts count per address (across usernames) and per username; while either is over
   * its limit the answer is 429 before any database read or hashing, so a flood costs nothing. A success
   * does not count.
   */
  async login(username: string, password: string, address: string): Promise<{ accessToken: string; user: AuthUser }> {
    await this.limiter.check('signin-address', address);
    await this.limiter.check('signin-username', username);
    const user = await this.users.findOne({ where: { username } });
    const ok = user ? await this.hasher.verify(password, user.passwordHash) : await this.hasher.verifyNobody(password);
    if (!user || !ok || !user.active) {
      await Promise.all([this.limiter.countFailure('signin-address', address), this.limiter.countFailure('signin-username', username)]);
      throw DomainError.unauthorized(AuthErrorCode.INVALID_CREDENTIALS, '用户名或密码错误');
    }
    const authUser = toAuthUser(user);
    const payload: TokenPayload = { sub: user.id, ver: user.tokenVersion, user: authUser };
    return { accessToken: await this.jwt.signAsync(payload), user: authUser };
  }

  /** The staff member a token stands for; throws 401 for a missing, forged, expired or revoked token. */
  async verify(token: string | undefined): Promise<AuthUser> {
    return (await this.verifyToken(token)).user;
  }

  async verifyToken(token: string | undefined): Promise<VerifiedToken> {
    if (!token) throw DomainError.unauthorized(AuthErrorCode.INVALID_TOKEN, '请先登录');
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw DomainError.unauthorized(AuthErrorCode.INVALID_TOKEN, '登录已失效，请重新登录');
    }
    if (typeof payload.ver !== 'number' || typeof payload.sub !== 'number' || !(await this.versions.isCurrent(payload.sub, payload.ver))) {
      throw DomainError.unauthorized(AuthErrorCode.INVALID_TOKEN, '登录已失效，请重新登录');
    }
    return { user: payload.user, tokenVersion: payload.ver };
  }

  /** Changes the caller's own password (wrong current passwords are limited per account); every earlier token (this one too) is revoked: sign in again. */
  async changePassword(userId: number, currentPassword: string, newPassword: string): Promise<void> {
    await this.limiter.check('password', String(userId)); // wrong current passwords per account
    const user = await this.tx.read((m) => m.findOne(User, { where: { id: userId } }));
    if (!user || !user.active) throw DomainError.unauthorized(AuthErrorCode.INVALID_TOKEN, '登录已失效，请重新登录');
    if (!(await this.hasher.verify(currentPassword, user.passwordHash))) {
      await this.limiter.countFailure('password', String(userId));
      throw DomainError.unprocessable(AuthErrorCode.WRONG_PASSWORD, '当前密码不正确');
    }
    if (newPassword === currentPassword) throw DomainError.unprocessable(AuthErrorCode.WEAK_PASSWORD, '新密码不能与当前密码相同', { problems: ['same_as_current'] });
    assertStrongPassword(newPassword, user.username);
    const passwordHash = await this.hasher.hash(newPassword);
    const revoked = await this.tx.run(async (m) => {
      // only if nobody changed the password meanwhile (a reset, another session)
      const result = await m.update(User, { id: userId, passwordHash: user.passwordHash }, { passwordHash, mustChangePassword: false });
      if (!result.affected) throw DomainError.conflict(AuthErrorCode.WRONG_PASSWORD, '密码已被修改，请重新登录后再试');
      return bumpTokenVersion(m, userId);
    });
    this.events.publish(AuthEvents.TOKENS_REVOKED, revoked);
  }

  /** Signs the user out everywhere: every token issued so far is revoked. */
  async logout(userId: number): Promise<void> {
    const revoked = await this.tx.run((m) => bumpTokenVersion(m, userId));
    this.events.publish(AuthEvents.TOKENS_REVOKED, revoked);
  }
}
