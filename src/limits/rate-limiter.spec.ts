import { FixedClock } from '../common/clock';
import { loadConfig } from '../config/app-config';
import { DomainError } from '../common/domain-error';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RateLimitStore } from './rate-limit.store';
import { RateLimiter } from './rate-limiter';

const T = 1_000_000;
const config = loadConfig({ LIMIT_TICKETS_PER_ADDRESS: '2', LIMIT_TICKETS_WINDOW_SECONDS: '60', LIMIT_WRONG_CODES_PER_ADDRESS: '2' });

async function refusal(work: Promise<void>): Promise<DomainError | undefined> {
  try {
    await work;
    return undefined;
  } catch (error) {
    return error as DomainError;
  }
}

describe('RateLimiter', () => {
  let store: MemoryRateLimitStore;
  let clock: FixedClock;
  let limiter: RateLimiter;
  beforeEach(() => {
    clock = new FixedClock(T);
    store = new MemoryRateLimitStore(() => clock.now());
    limiter = new RateLimiter(store, clock, config);
  });
  afterEach(() => store.onModuleDestroy());

  it('consume: the limit-th event passes, the next is refused with the wait until the window ends', async () => {
    await limiter.consume('tickets', '10.0.0.1', 'TC');
    await limiter.consume('tickets', '10.0.0.1', 'TC');
    clock.advance(15_000);
    const refused = await refusal(limiter.consume('tickets', '10.0.0.1', 'TC'));
    expect(refused).toMatchObject({ status: 429, code: 'RATE_LIMITED', details: { retryAfterSeconds: 45 } });
    expect(await refusal(limiter.consume('tickets', '10.0.0.1', 'P1'))).toBeUndefined(); // another hall
    clock.advance(45_000);
    expect(await refusal(limiter.consume('tickets', '10.0.0.1', 'TC'))).toBeUndefined();
  });

  it('check does not count; countFailure does', async () => {
    for (let i = 0; i < 5; i++) await limiter.check('wrong-codes', '10.0.0.2');
    await limiter.countFailure('wrong-codes', '10.0.0.2');
    await limiter.check('wrong-codes', '10.0.0.2');
    await limiter.countFailure('wrong-codes', '10.0.0.2');
    expect(await refusal(limiter.check('wrong-codes', '10.0.0.2'))).toMatchObject({ status: 429, message: '查询码错误次数过多，请 10 分钟后再试' });
    await limiter.reset('wrong-codes', '10.0.0.2');
    await limiter.check('wrong-codes', '10.0.0.2');
  });

  it('lets requests through when the store cannot answer (Redis down) rather than failing them', async () => {
    class BrokenStore extends RateLimitStore {
      hit = () => Promise.reject(new Error('The client is closed'));
      peek = () => Promise.reject(new Error('The client is closed'));
      reset = () => Promise.reject(new Error('The client is closed'));
    }
    const broken = new RateLimiter(new BrokenStore(), clock, config);
    for (let i = 0; i < 5; i++) await broken.consume('tickets', '10.0.0.3', 'TC');
    await broken.check('wrong-codes', '10.0.0.3');
    await broken.countFailure('wrong-codes', '10.0.0.3');
  });
});
