// Times as the API sends them (zoned ISO, the hall's wall clock: 2026-12-03T09:30:00+08:00), read without
// converting to the phone's own zone.
const ZONED = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/;

/** "12月3日 09:30"; with `year`, "2026年12月3日 09:30". */
export function dateTimeText(iso: string | null | undefined, year = false): string {
  const m = ZONED.exec(iso ?? '');
  if (!m) return '';
  return `${year ? `${m[1]}年` : ''}${Number(m[2])}月${Number(m[3])}日 ${m[4]}`;
}
