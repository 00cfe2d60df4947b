// What the supervision API answers, as plain types (the page reads them; the services promise them).
import type { FiguresSeries } from './figures';
import type { DepartmentRef, LightCounts } from './lights';
import type { SupervisedCase, WarningCase } from './overview';
import type { WindowOverrun } from './window-overrun';

export interface ReportHall {
  code: string;
  name: string;
  timeZone: string;
}

/** GET /api/v1/supervision/overview: the live board of one hall. */
export interface SupervisionOverview {
  hall: ReportHall;
  /** Hall-local ISO time of the reading. */
  generatedAt: string;
  today: string;
  lights: LightCounts;
  departments: Array<DepartmentRef & LightCounts>;
  warnings: WarningCase[];
  /** The red and yellow list was cut at its limit (the counts were not). */
  warningsTruncated: boolean;
  supervised: SupervisedCase[];
  overrunDate: string;
  overruns: WindowOverrun[];
  /** The open cases by hall: the hall itself, then its community service points (多点可办). */
  halls: HallLights[];
}

export interface HallLights extends LightCounts {
  code: string;
  name: string;
  kind: string;
}

/** GET /api/v1/supervision/figures: the series of one hall and when it was computed. */
export interface FiguresReport extends FiguresSeries {
  hall: ReportHall;
  generatedAt: string;
  today: string;
}
