import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from './domain/auth-user';
import { CurrentUser, Roles } from '../common/auth.decorators';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto } from './dto/user.dto';
import type { UserView } from './user.mapper';
import { UsersService } from './users.service';
import { NoStore } from '../common/no-store.interceptor';

/** Staff accounts (admin only). No answer carries a password or its hash. */
@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@NoStore() // staff accounts
@Controller('api/v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(): Promise<UserView[]> {
    return this.users.list();
  }

  @Post()
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: AuthUser): Promise<UserView> {
    return this.users.create(dto, actor);
  }

  @Put(':id')
  update(@Param('id', ParseIdPipe) id: number, @Body() dto: UpdateUserDto, @CurrentUser() actor: AuthUser): Promise<UserView> {
    return this.users.update(id, dto, actor);
  }

  /** The user must change the new password at the next sign-in; their earlier tokens are revoked. */
  @Post(':id/reset-password')
  @HttpCode(204)
  async resetPassword(@Param('id', ParseIdPipe) id: number, @Body() dto: ResetPasswordDto, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.users.resetPassword(id, dto.password, actor);
  }
}
