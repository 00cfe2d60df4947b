import { Injectable } from '@nestjs/common';
import { CalendarService } from '../calendar/calendar.service';
import { addDays, businessDateInZone } from '../calendar/domain/iso-date';
import { Clock } from '../common/clock';
import { HallsService } from '../halls/halls.service';
import { kioskHours, type KioskHours } from './view-models/kiosk-hours.view-model';

const DAYS_AHEAD = 14; // a kiosk left on over a long holiday still knows its working days

/** The kiosk's opening hours: the hall's intervals, the calendar's working days ahead, the server's clock. */
@Injectable()
export class KioskHoursData {
  constructor(
    private readonly halls: HallsService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
  ) {}

  async forHall(code: string): Promise<KioskHours> {
    const { hall } = await this.halls.layout(code);
    const now = this.clock.now();
    const today = businessDateInZone(now, hall.timeZone);
    const workingDays: Record<string, boolean> = {};
    for (let d = 0; d < DAYS_AHEAD; d++) {
      const date = addDays(today, d);
      workingDays[date] = this.calendar.isWorkingDay(date);
    }
    return kioskHours(hall.openingHours, workingDays, now);
  }
}
