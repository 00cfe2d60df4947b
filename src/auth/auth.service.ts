import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { AuthUser } from './domain/auth-user';
import { DomainError } from '../common/domain-error';
import { PasswordHasher } from './password-hasher';
import { User } from './user.entity';
import { toAuthUser } from './user.mapper';

export const AuthErrorCode = { INVALID_CREDENTIALS: 'INVALID_CREDENTIALS', INVALID_TOKEN: 'INVALID_TOKEN' } as const;

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  async login(username: string, password: string): Promise<{ accessToken: string; user: AuthUser }> {
    const user = await this.users.findOne({ where: { username } });
    const ok = user ? await this.hasher.verify(password, user.passwordHash) : await this.hasher.verifyNobody(password);
    if (!user || !ok || !user.active) {
      throw DomainError.unauthorized(AuthErrorCode.INVALID_CREDENTIALS, '用户名或密码错误');
    }
    const authUser = toAuthUser(user);
    return { accessToken: await this.jwt.signAsync({ sub: user.id, user: authUser }), user: authUser };
  }

  /** The staff member a token stands for; throws 401 for a missing, forged or expired token. */
  async verify(token: string | undefined): Promise<AuthUser> {
    if (!token) throw DomainError.unauthorized(AuthErrorCode.INVALID_TOKEN, '请先登录');
    try {
      const payload = await this.jwt.verifyAsync<{ user: AuthUser }>(token);
      return payload.user;
    } catch {
      throw DomainError.unauthorized(AuthErrorCode.INVALID_TOKEN, '登录已失效，请重新登录');
    }
  }
}
