import { Global, Inject, Logger, Module, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { ClusterBus } from './cluster-bus';
import { JobLeases } from './job-leases';
import { LocalClusterBus } from './local-cluster-bus';
import { RedisClusterBus } from './redis-cluster-bus';

/** What instances share besides the database: one process alone, or every instance on REDIS_URL. */
@Global()
@Module({
  providers: [
    {
      provide: ClusterBus,
      inject: [AppConfig],
      useFactory: async (config: AppConfig): Promise<ClusterBus> => {
        if (!config.REDIS_URL) return new LocalClusterBus();
        const bus = await RedisClusterBus.connect(config.REDIS_URL);
        new Logger('Cluster').log(`instance ${bus.instanceId.slice(0, 8)} joined the instances on Redis (REDIS_URL)`);
        return bus;
      },
    },
    JobLeases,
  ],
  exports: [ClusterBus, JobLeases],
})
export class ClusterModule implements OnApplicationShutdown {
  constructor(@Inject(ClusterBus) private readonly bus: ClusterBus) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.bus instanceof RedisClusterBus) await this.bus.close();
  }
}
