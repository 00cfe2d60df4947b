import type { AppointmentStatus } from './appointment-rules';

/** One group of the figures query: appointments of a day × hall × queue in one status. */
export interface AppointmentCount {
  date: string;
  hallCode: string;
  queueCode: string;
  status: AppointmentStatus;
  count: number;
}

export interface AppointmentFigures {
  /** Bookings made (cancelled ones included). */
  booked: number;
  cancelled: number;
  checkedIn: number;
  noShows: number;
  /** Still booked: not yet due, or not yet swept. */
  pending: number;
  /** noShows ÷ (checkedIn + noShows); null when none was due. */
  noShowShare: number | null;
}

export interface AppointmentFiguresRow extends AppointmentFigures {
  date: string;
  hall: string;
  queueCode: string;
}

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 1000);

function figuresOf(counts: readonly AppointmentCount[]): AppointmentFigures {
  const by = (status: AppointmentStatus) => counts.filter((c) => c.status === status).reduce((sum, c) => sum + c.count, 0);
  const cancelled = by('cancelled');
  const checkedIn = by('checked_in');
  const noShows = by('no_show');
  const pending = by('booked');
  return { booked: cancelled + checkedIn + noShows + pending, cancelled, checkedIn, noShows, pending, noShowShare: share(noShows, checkedIn + noShows) };
}

/** Appointment use and no-shows per day × hall × queue (ordered), and the totals. */
export function appointmentFigures(counts: readonly AppointmentCount[]): { rows: AppointmentFiguresRow[]; totals: AppointmentFigures } {
  const groups = new Map<string, AppointmentCount[]>();
  for (const c of counts) {
    const key = `${c.date}|${c.hallCode}|${c.queueCode}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const rows = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => ({ date: group[0].date, hall: group[0].hallCode, queueCode: group[0].queueCode, ...figuresOf(group) }));
  return { rows, totals: figuresOf(counts) };
}
