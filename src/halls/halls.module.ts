import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HallCodeRedirectMiddleware } from './hall-code-redirect.middleware';
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
export class HallsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    const pages = ['board', 'kiosk', 'console', 'window', 'pad'].map((page) => ({ path: `${page}/*rest`, method: RequestMethod.GET }));
    consumer.apply(HallCodeRedirectMiddleware).forRoutes(...pages, { path: 'api/v1/halls/*rest', method: RequestMethod.ALL });
  }
}
