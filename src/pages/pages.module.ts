import { Module } from '@nestjs/common';
import { HallsModule } from '../halls/halls.module';
import { QueueModule } from '../queue/queue.module';
import { PageDataService } from './page-data.service';
import { PagesController } from './pages.controller';
import { QrController } from './qr.controller';

@Module({ imports: [HallsModule, QueueModule], controllers: [PagesController, QrController], providers: [PageDataService] })
export class PagesModule {}
