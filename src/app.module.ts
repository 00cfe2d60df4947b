import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { EventEmitterModule } from '@nestjs/event-emitter';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CasesModule } from './cases/cases.module';
import { CatalogModule } from './catalog/catalog.module';
import { ClusterModule } from './cluster/cluster.module';
import { Clock, SystemClock } from './common/clock';
import { LifecycleLogger } from './common/lifecycle-logger';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { AppConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DevicesModule } from './devices/devices.module';
import { DomainEventsModule } from './events/domain-events.module';
import { EvaluationsModule } from './evaluations/evaluations.module';
import { HallsModule } from './halls/halls.module';
import { HealthController } from './health/health.controller';
import { LimitsModule } from './limits/limits.module';
import { NotificationsModule } from './notifications/notifications.module';
import { QueueModule } from './queue/queue.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RequestsModule } from './requests/requests.module';
import { AppointmentsModule } from './appointments/appointments.module';
import { SeedModule } from './seed/seed.module';
import { ReportsModule } from './reports/reports.module';
import { SupervisionModule } from './supervision/supervision.module';
import { SiteErrorFilter } from './web/site-error.filter';

export interface AppModuleOptions {
  config: AppConfig;
  /** Tests pin time with a FixedClock. */
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ config, clock }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AppConfigModule.forRoot(config),
        ClockModule.forRoot(clock ?? new SystemClock()),
        EventEmitterModule.forRoot(),
        DomainEventsModule,
        DatabaseModule,
        ClusterModule,
        NotificationsModule,
        LimitsModule,
        AuthModule,
        AuditModule,
        HallsModule,
        CalendarModule,
        CatalogModule,
        CasesModule,
        QueueModule,
        EvaluationsModule,
        RequestsModule,
        AppointmentsModule,
        DevicesModule,
        RealtimeModule,
        SupervisionModule,
        ReportsModule,
        SeedModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: SiteErrorFilter },
        LifecycleLogger,
      ],
    };
  }
}

@Module({})
class ClockModule {
  static forRoot(clock: Clock): DynamicModule {
    return { module: ClockModule, global: true, providers: [{ provide: Clock, useValue: clock }], exports: [Clock] };
  }
}
