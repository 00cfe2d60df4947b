import { Injectable } from '@nestjs/common';

/**
 * The per-hall event counter of API.md: every event sent to a hall room takes the next number, so a
 * screen that sees a gap knows to re-subscribe. Snapshots carry the current value.
 */
@Injectable()
export class HallSequence {
  private readonly values = new Map<string, number>();

  current(hallCode: string): number {
    return this.values.get(hallCode) ?? 0;
  }

  next(hallCode: string): number {
    const value = this.current(hallCode) + 1;
    this.values.set(hallCode, value);
    return value;
  }
}
