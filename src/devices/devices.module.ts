import { Module } from '@nestjs/common';
import { DeviceAuthModule } from './device-auth.module';
import { DevicePagesController } from './device-pages.controller';
import { DevicesController } from './devices.controller';
import { DevicesService } from './devices.service';

@Module({
  imports: [DeviceAuthModule],
  controllers: [DevicesController, DevicePagesController],
  providers: [DevicesService],
  exports: [DevicesService],
})
export class DevicesModule {}
