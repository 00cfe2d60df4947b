import { Module } from '@nestjs/common';
import { RequestRealtimeListener } from './request-realtime.listener';
import { AuthModule } from '../auth/auth.module';
import { DeviceAuthModule } from '../devices/device-auth.module';
import { HallsModule } from '../halls/halls.module';
import { QueueModule } from '../queue/queue.module';
import { CaseRealtimeListener } from './case-realtime.listener';
import { HallSnapshots } from './hall-snapshots';
import { RealtimeGateway } from './realtime.gateway';
import { RealtimeListener } from './realtime.listener';
import { RectificationRealtimeListener } from './rectification-realtime.listener';

@Module({
  imports: [AuthModule, DeviceAuthModule, HallsModule, QueueModule],
  providers: [RealtimeGateway, HallSnapshots, RealtimeListener, CaseRealtimeListener, RectificationRealtimeListener, RequestRealtimeListener],
})
export class RealtimeModule {}
