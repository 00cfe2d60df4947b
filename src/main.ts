import 'reflect-metadata';
import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { networkInterfaces } from 'os';
import { AddressInfo } from 'net';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError } from './config/app-config';
import { StartLogger } from './common/start-logger';
import { configFromEnvironment } from './config/config.module';
import { HallsService } from './halls/halls.service';
import { startBanner } from './web/start-banner';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

async function bootstrap(): Promise<void> {
  const config = configFromEnvironment();
  const levels = config.LOG_LEVEL === 'silent' ? [] : LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL as LogLevel) + 1);
  const logger = new StartLogger({ json: config.LOG_FORMAT === 'json', logLevels: levels });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot({ config }), { logger });
  configureApp(app);
  await app.listen(config.PORT, config.HOST);
  if (!config.PUBLIC_BASE_URL && /^(127\.|localhost$|::1$|0\.0\.0\.0$|::$)/.test(config.HOST)) {
    logger.warn(`PUBLIC_BASE_URL is not set: QR codes on tickets point at ${config.publicBaseUrl}, which residents' phones cannot reach`, 'Bootstrap');
  }
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const halls = await app.get(HallsService).listHalls();
  const lines = startBanner({
    host: config.HOST,
    port,
    publicBaseUrl: config.PUBLIC_BASE_URL ?? `http://${config.HOST}:${port}`,
    publicBaseUrlSet: Boolean(config.PUBLIC_BASE_URL),
    lanAddresses: Object.values(networkInterfaces()).flat().filter((i) => i && i.family === 'IPv4' && !i.internal).map((i) => i!.address),
    database: `${config.DB_TYPE}${config.DB_TYPE === 'sqlite' ? ` ${config.DB_PATH}` : ''}`,
    halls: halls.map((h) => ({ code: h.code, name: h.name })),
  });
  for (const line of lines) logger.log(line, 'Bootstrap');
}

bootstrap().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`OneWindow failed to start: ${message}\n`);
  process.exit(1);
});
