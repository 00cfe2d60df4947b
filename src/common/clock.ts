/** Time is injected so tests can pin it; business dates are derived from it in the hall's zone. */
export abstract class Clock {
  abstract now(): number;
}

export class SystemClock extends Clock {
  now(): number {
    return Date.now();
  }
}

/** A clock tests can set and advance. */
export class FixedClock extends Clock {
  constructor(private current: number) {
    super();
  }
  now(): number {
    return this.current;
  }
  set(epochMs: number): void {
    this.current = epochMs;
  }
  advance(ms: number): void {
    this.current += ms;
  }
}
