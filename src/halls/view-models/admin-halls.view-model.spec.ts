import { adminHallsViewModel } from './admin-halls.view-model';

describe('admin pages', () => {
  it('a new hall starts with the default opening hours, as a copy', () => {
    const a = adminHallsViewModel().client.defaultOpeningHours;
    a[0].from = '07:00';
    expect(adminHallsViewModel().client.defaultOpeningHours[0]).toEqual({ from: '08:30', to: '12:00' });
  });
});
