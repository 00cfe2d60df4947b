import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CalendarService } from '../calendar/calendar.service';
import { addDays, startOfDayInZone, zonedIso } from '../calendar/domain/iso-date';
import { casesDecided, trailStatusesOfDecided } from '../cases/case-reads';
import { CatalogService } from '../catalog/catalog.service';
import { ratingRows, rectificationRows } from '../evaluations/rating-rows';
import { DecidedCaseRow, EXTRA_VISIT_STATUSES } from './domain/case-figures';
import { computeFigures } from './domain/figures';
import { parseFiguresRange } from './domain/periods';
import type { FiguresReport } from './domain/supervision-responses';
import { FiguresQueryDto } from './dto/supervision-query.dto';
import { SupervisionScope } from './supervision-scope';

/** Loads the rows the supervision figures are computed from; the figures themselves are pure (domain/). */
@Injectable()
export class SupervisionFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: SupervisionScope,
    private readonly calendar: CalendarService,
    private readonly catalog: CatalogService,
  ) {}

  async figures(query: FiguresQueryDto): Promise<FiguresReport> {
    const hall = await this.scope.hall(query.hall);
    const range = parseFiguresRange(query, hall.today);
    const fromMs = startOfDayInZone(range.from, hall.timeZone);
    const toMs = startOfDayInZone(addDays(range.to, 1), hall.timeZone);
    const [cases, ratings, rectifications] = await Promise.all([
      this.decidedCases(hall.code, fromMs, toMs),
      ratingRows(this.db.manager, hall.code, fromMs, toMs),
      rectificationRows(this.db.manager, hall.code, fromMs, toMs),
    ]);
    const series = computeFigures({ range, timeZone: hall.timeZone, calendar: this.calendar.calendar(), today: hall.today, cases, ratings, rectifications });
    return { hall: { code: hall.code, name: hall.name, timeZone: hall.timeZone }, generatedAt: zonedIso(hall.now, hall.timeZone), today: hall.today, ...series };
  }

  /** Cases decided in [fromMs, toMs), with the statuses of their trail that mean another visit and the item's visits. */
  private async decidedCases(hallCode: string, fromMs: number, toMs: number): Promise<DecidedCaseRow[]> {
    const [rows, extraVisits, items] = await Promise.all([
      casesDecided(this.db.manager, hallCode, fromMs, toMs),
      trailStatusesOfDecided(this.db.manager, hallCode, fromMs, toMs, EXTRA_VISIT_STATUSES),
      this.catalog.listItems({ includeInactive: true }),
    ]);
    const visits = new Map(items.map((d) => [d.item.code, d.item.visitsRequired]));
    const trail = new Map<number, string[]>();
    for (const row of extraVisits) trail.set(row.caseId, [...(trail.get(row.caseId) ?? []), row.toStatus]);
    return rows.map((c) => ({
      id: c.id, itemCode: c.itemCode, itemName: c.itemName, kind: c.kind, acceptedAt: c.acceptedAt, decidedAt: c.decidedAt!,
      dueDate: c.dueDate, dueAt: c.dueAt, visitsRequired: visits.get(c.itemCode) ?? 1, trailStatuses: trail.get(c.id) ?? [],
    }));
  }
}
