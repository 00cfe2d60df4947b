import { Module } from '@nestjs/common';
import { HallsModule } from '../halls/halls.module';
import { PagesController } from './pages.controller';

@Module({ imports: [HallsModule], controllers: [PagesController] })
export class PagesModule {}
