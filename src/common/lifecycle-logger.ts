import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

/** Says when the server stops, so an operator can tell a clean shutdown from a crash in the logs. */
@Injectable()
export class LifecycleLogger implements OnApplicationShutdown {
  private readonly logger = new Logger('Lifecycle');

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`stopped cleanly${signal ? ` on ${signal}` : ''}: requests drained, sockets and database closed`);
  }
}
