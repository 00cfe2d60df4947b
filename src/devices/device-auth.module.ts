import { Module } from '@nestjs/common';
import { DeviceTokens } from './device-tokens';

/** Device token verification alone, so the AuthGuard and the realtime gateway can use it without the devices API. */
@Module({
  providers: [DeviceTokens],
  exports: [DeviceTokens],
})
export class DeviceAuthModule {}
