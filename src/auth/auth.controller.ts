import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from './domain/auth-user';
import { AllowedBeforePasswordChange, CurrentUser, Public } from '../common/auth.decorators';
import { AuthService } from './auth.service';
import { LoginDto } from './dto/login.dto';
import { ChangePasswordDto } from './dto/password.dto';
import { LoginThrottlerGuard } from './login-throttler.guard';
import { NoStore } from '../common/no-store.interceptor';

@ApiTags('auth')
@NoStore() // sign-in tokens and the signed-in account
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @UseGuards(LoginThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.username, dto.password);
  }

  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Get('me')
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }

  /** Changes the caller's password; every earlier token is revoked, so the client signs in again. */
  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @UseGuards(LoginThrottlerGuard)
  @Post('password')
  @HttpCode(204)
  async changePassword(@Body() dto: ChangePasswordDto, @CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.changePassword(user.id, dto.currentPassword, dto.newPassword);
  }

  /** Signs out: every token of the caller issued so far is revoked (HTTP and open sockets). */
  @ApiBearerAuth()
  @AllowedBeforePasswordChange()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentUser() user: AuthUser): Promise<void> {
    await this.auth.logout(user.id);
  }
}
