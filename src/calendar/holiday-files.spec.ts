import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readHolidayFiles } from './holiday-files';

describe('readHolidayFiles', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'onewindow-holidays-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the shipped 2025 and 2026 files', () => {
    const files = readHolidayFiles(join(__dirname, '..', '..', 'config', 'holidays'));
    expect(files.map((file) => file.calendar.year)).toEqual([2025, 2026]);
    expect(files.map((file) => file.calendar.days.length)).toEqual([33, 39]);
  });

  it('reads <year>.json files only, in year order, and no directory as none', () => {
    writeFileSync(join(dir, '2031.json'), JSON.stringify({ year: 2031, days: [] }));
    writeFileSync(join(dir, '2030.json'), JSON.stringify({ year: 2030, days: [{ date: '2030-01-01', isOffDay: true, name: '元旦' }] }));
    writeFileSync(join(dir, 'notes.json'), '{');
    writeFileSync(join(dir, '2032.json.bak'), '{');
    expect(readHolidayFiles(dir).map((file) => file.calendar.year)).toEqual([2030, 2031]);
    expect(readHolidayFiles(join(dir, 'missing'))).toEqual([]);
  });

  it.each([
    ['broken JSON', '{"year": 2030,', /2030\.json is invalid/],
    ['an invalid day', JSON.stringify({ year: 2030, days: [{ date: '2030-02-30', isOffDay: true, name: 'x' }] }), /days\[0\]\.date/],
    ['another year inside', JSON.stringify({ year: 2031, days: [] }), /holds year 2031, not 2030/],
  ])('stops on %s with the file name', (_case, text, message) => {
    writeFileSync(join(dir, '2030.json'), text);
    expect(() => readHolidayFiles(dir)).toThrow(message);
  });
});
