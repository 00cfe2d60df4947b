import { Global, Logger, Module } from '@nestjs/common';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { AnonymousLimitGuard } from './anonymous-limit.guard';
import { MemoryRateLimitStore } from './memory-rate-limit.store';
import { RateLimitStore } from './rate-limit.store';
import { RateLimiter } from './rate-limiter';
import { RedisRateLimitStore } from './redis-rate-limit.store';
import { WrongCodesInterceptor } from './wrong-codes.interceptor';

/** Rate limits for every module: counted in memory, or in Redis (shared by all instances) when REDIS_URL is set. */
@Global()
@Module({
  providers: [
    {
      provide: RateLimitStore,
      inject: [AppConfig, Clock],
      useFactory: async (config: AppConfig, clock: Clock): Promise<RateLimitStore> => {
        if (!config.REDIS_URL) return new MemoryRateLimitStore(() => clock.now());
        const store = await RedisRateLimitStore.connect(config.REDIS_URL);
        new Logger('RateLimits').log('rate limits are counted in Redis (REDIS_URL)');
        return store;
      },
    },
    RateLimiter,
    AnonymousLimitGuard,
    WrongCodesInterceptor,
  ],
  exports: [RateLimiter, AnonymousLimitGuard, WrongCodesInterceptor],
})
export class LimitsModule {}
