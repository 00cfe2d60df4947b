import { Logger, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createSecretKey, randomBytes } from 'crypto';
import { AppConfig } from '../config/app-config';
import { DeviceAuthModule } from '../devices/device-auth.module';
import { AuthController } from './auth.controller';
import { AuthPagesController } from './auth-pages.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { CachedTokenVersions, TokenVersions } from './token-versions';
import { User } from './user.entity';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    DeviceAuthModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.JWT_SECRET) new Logger('Auth').warn('JWT_SECRET is not set: sign-ins end when the server restarts');
        return {
          // a KeyObject: given a string, jsonwebtoken 9 first tries createPublicKey() on it, which throws, on every verify
          secret: createSecretKey(Buffer.from(config.JWT_SECRET ?? randomBytes(32).toString('hex'))),
          signOptions: { expiresIn: config.ACCESS_TOKEN_TTL_SECONDS },
        };
      },
    }),
  ],
  controllers: [AuthController, UsersController, AuthPagesController],
  providers: [
    AuthService, UsersService, PasswordHasher,
    CachedTokenVersions, { provide: TokenVersions, useExisting: CachedTokenVersions },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, PasswordHasher],
})
export class AuthModule {}
