import { Injectable } from '@nestjs/common';
import { compare, hash } from 'bcryptjs';
import { AppConfig } from '../config/app-config';

@Injectable()
export class PasswordHasher {
  constructor(private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return hash(password, this.config.BCRYPT_ROUNDS);
  }

  verify(password: string, passwordHash: string): Promise<boolean> {
    return compare(password, passwordHash);
  }

  /** Spends as long as a real check when the username is unknown, so timing does not reveal accounts. */
  async verifyNobody(password: string): Promise<false> {
    this.dummy ??= this.hash('not-a-password');
    await compare(password, await this.dummy);
    return false;
  }

  private dummy?: Promise<string>;
}
