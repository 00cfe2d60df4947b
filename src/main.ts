import 'reflect-metadata';
import { ConsoleLogger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError } from './config/app-config';
import { configFromEnvironment } from './config/config.module';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

async function bootstrap(): Promise<void> {
  const config = configFromEnvironment();
  const levels = config.LOG_LEVEL === 'silent' ? [] : LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL as LogLevel) + 1);
  const logger = new ConsoleLogger({ json: config.LOG_FORMAT === 'json', logLevels: levels });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config }), { logger });
  configureApp(app);
  await app.listen(config.PORT, config.HOST);
  if (!config.PUBLIC_BASE_URL && /^(127\.|localhost$|::1$)/.test(config.HOST)) {
    logger.warn(`PUBLIC_BASE_URL is not set: QR codes on tickets point at ${config.publicBaseUrl}, which residents' phones cannot reach`, 'Bootstrap');
  }
  logger.log(`OneWindow listening on http://${config.HOST}:${config.PORT} (${config.DB_TYPE}${config.DB_TYPE === 'sqlite' ? ` ${config.DB_PATH}` : ''})`, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`OneWindow failed to start: ${message}\n`);
  process.exit(1);
});
