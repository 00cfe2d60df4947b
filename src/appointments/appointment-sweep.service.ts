import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { JobLeases } from '../cluster/job-leases';
import { LeasedSweep } from '../cluster/leased-schedule';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { noShowCutoff } from './domain/appointment-rules';
import { Appointment } from './entities';

const SWEEP_JOB = 'appointment-sweep';

export interface AppointmentSweepResult {
  noShows: number;
}

/**
 * Marks the no-shows (爽约): a booking not checked in 15 minutes after its slot began. One instance at a time
 * (a job lease), like the case and request sweeps; one guarded UPDATE, so a check-in at the same moment wins or loses whole.
 */
@Injectable()
export class AppointmentSweep extends LeasedSweep<AppointmentSweepResult> {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    config: AppConfig,
    leases: JobLeases,
  ) {
    super({ job: SWEEP_JOB, loggerName: 'AppointmentSweep', intervalMs: config.SWEEP_INTERVAL_MS, leases, now: () => clock.now() });
  }

  protected async sweep(now: number): Promise<AppointmentSweepResult> {
    const result = await this.tx.run((m) =>
      m.update(Appointment, { status: 'booked', slotStart: LessThan(noShowCutoff(now)) }, { status: 'no_show', noShowAt: now, activeKey: null }));
    const noShows = result.affected ?? 0;
    if (noShows) this.logger.log(`${noShows} appointment(s) marked no-show`);
    return { noShows };
  }
}
