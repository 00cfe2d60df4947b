import { Logger } from '@nestjs/common';
import type { JobLeases } from './job-leases';
import { LeasedSchedule } from './leased-schedule';

function schedule(held: boolean, run: () => Promise<number>, intervalMs = 0) {
  const hold = jest.fn(async () => held);
  const leases = { hold } as unknown as JobLeases;
  return { s: new LeasedSchedule({ job: 'test-job', intervalMs, leases, logger: new Logger('test'), run }), hold };
}

describe('LeasedSchedule', () => {
  it.each([
    [true, 7],
    [false, null],
  ])('a tick with the lease held=%s runs the job → %s', async (held, expected) => {
    const run = jest.fn(async () => 7);
    const { s, hold } = schedule(held, run, 60_000);
    expect(await s.tick()).toBe(expected);
    expect(hold).toHaveBeenCalledWith('test-job', 180_000); // three intervals
    expect(run).toHaveBeenCalledTimes(held ? 1 : 0);
  });

  it('runs one job at a time: a second call while one runs shares it; the next call starts a new one', async () => {
    let finish!: (n: number) => void;
    const run = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    const { s } = schedule(true, run);
    const first = s.once();
    const second = s.once();
    finish(1);
    expect(await Promise.all([first, second])).toEqual([1, 1]);
    expect(run).toHaveBeenCalledTimes(1);
    const third = s.once();
    finish(2);
    expect(await third).toBe(2);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('stop waits for the running job, and a failed run does not stop the next', async () => {
    const run = jest.fn().mockRejectedValueOnce(new Error('boom')).mockResolvedValueOnce(3);
    const { s } = schedule(true, run);
    await expect(s.once()).rejects.toThrow('boom');
    const going = s.once();
    await s.stop();
    expect(await going).toBe(3);
  });

  it('with an interval of 0 starts no timer (tests run the job themselves)', () => {
    const spy = jest.spyOn(global, 'setInterval');
    schedule(true, async () => 1, 0).s.start();
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
