import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DevicesModule } from '../devices/devices.module';
import { HallWindow } from './hall-window.entity';
import { HallsAdminService } from './halls-admin.service';
import { HallsPagesController } from './halls-pages.controller';
import { Hall } from './hall.entity';
import { HallsController } from './halls.controller';
import { HallsService } from './halls.service';
import { ServiceQueue } from './service-queue.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Hall, ServiceQueue, HallWindow]), DevicesModule],
  controllers: [HallsController, HallsPagesController],
  providers: [HallsService, HallsAdminService],
  exports: [HallsService],
})
export class HallsModule {}
