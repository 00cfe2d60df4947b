import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditModule } from '../audit/audit.module';
import { CalendarModule } from '../calendar/calendar.module';
import { HallsModule } from '../halls/halls.module';
import { QueueModule } from '../queue/queue.module';
import { DefaultRatingsService } from './default-ratings.service';
import { EvaluationRecorder } from './evaluation-recorder';
import { EvaluationsController, PadController } from './evaluations.controller';
import { EvaluationsService } from './evaluations.service';
import { RatingPagesController } from './rating-pages.controller';
import { RectificationsController } from './rectifications.controller';
import { RectificationsService } from './rectifications.service';

/**
 * 好差评 and 差评整改. ScheduleModule.forRoot() is registered here for the hourly default-rating job;
 * it is a global module, so another module registering it too shares the same instance.
 */
@Module({
  imports: [ScheduleModule.forRoot(), HallsModule, CalendarModule, QueueModule, AuditModule],
  controllers: [EvaluationsController, PadController, RectificationsController, RatingPagesController],
  providers: [EvaluationsService, EvaluationRecorder, RectificationsService, DefaultRatingsService],
  exports: [EvaluationsService, RectificationsService, DefaultRatingsService],
})
export class EvaluationsModule {}
