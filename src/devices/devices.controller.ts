import { Body, Controller, Delete, Get, Param, Post, Query } from '@nestjs/common';
import { ParseIdPipe } from '../common/parse-id.pipe';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/domain/auth-user';
import { CurrentUser, Public, Roles } from '../common/auth.decorators';
import { DevicesService } from './devices.service';
import { CreateDeviceDto, PairDeviceDto } from './dto/device.dto';
import { NoStore } from '../common/no-store.interceptor';

/** Hall devices (kiosks, window pads): admin pairing codes and revocation; the public pairing itself. */
@ApiTags('devices')
@NoStore() // pairing codes and device tokens
@Controller('api/v1/devices')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  /** 201 `{id, pairingCode, expiresAt, pairingPath}`: the code is shown once, valid 24 h, single use. */
  @ApiBearerAuth()
  @Roles('admin')
  @Post()
  create(@Body() dto: CreateDeviceDto, @CurrentUser() actor: AuthUser) {
    return this.devices.create(dto, actor);
  }

  /** Every device (optionally `?hall=`) with its status; never a code or a token. */
  @ApiBearerAuth()
  @Roles('admin')
  @Get()
  list(@Query('hall') hall?: string) {
    return this.devices.list(typeof hall === 'string' ? hall : undefined);
  }

  /** `{pairingCode}` → 201 `{deviceToken, device:{id, hall, kind, windowNumber}}`; else 404 PAIRING_CODE_INVALID. */
  @Public()
  @Post('pair')
  pair(@Body() dto: PairDeviceDto) {
    return this.devices.pair(dto.pairingCode);
  }

  /** A new pairing code for the device (the current token works until the code is used). */
  @ApiBearerAuth()
  @Roles('admin')
  @Post(':id/pairing-code')
  newCode(@Param('id', ParseIdPipe) id: number, @CurrentUser() actor: AuthUser) {
    return this.devices.newCode(id, actor);
  }

  /** Revokes the device: its token gets 401, its sockets close. 200 with the device. */
  @ApiBearerAuth()
  @Roles('admin')
  @Delete(':id')
  revoke(@Param('id', ParseIdPipe) id: number, @CurrentUser() actor: AuthUser) {
    return this.devices.revoke(id, actor);
  }
}
