import { ConsoleLogger } from '@nestjs/common';

/** Nest's own start-up chatter (module loading, ~130 route lines): shown at LOG_LEVEL=debug only. */
const FRAMEWORK_CONTEXTS = new Set(['RoutesResolver', 'RouterExplorer', 'InstanceLoader', 'WebSocketsController', 'NestFactory', 'NestApplication']);

/** The server's logger: Nest's ConsoleLogger with the framework's start-up listings moved down to `debug`. */
export class StartLogger extends ConsoleLogger {
  override log(message: unknown, ...rest: unknown[]): void {
    const context = rest.at(-1);
    if (typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context)) {
      this.debug(message, ...rest);
      return;
    }
    super.log(message, ...rest);
  }
}
