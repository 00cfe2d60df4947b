import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClusterBus } from '../cluster/cluster-bus';
import { Public } from '../common/auth.decorators';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly bus: ClusterBus,
  ) {}

  /** 200 when the database answers, and Redis when REDIS_URL is set (several instances); else 503. */
  @Public()
  @Get()
  async health() {
    try {
      await this.db.query('SELECT 1');
    } catch {
      throw new ServiceUnavailableException({ code: 'DATABASE_UNAVAILABLE', message: 'database does not answer' });
    }
    if (!this.bus.clustered) return { status: 'ok', database: this.db.options.type };
    try {
      await this.bus.ping();
    } catch {
      throw new ServiceUnavailableException({ code: 'REDIS_UNAVAILABLE', message: 'Redis does not answer' });
    }
    return { status: 'ok', database: this.db.options.type, redis: 'ok' };
  }
}
