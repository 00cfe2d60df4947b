import { INestApplication } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { join } from 'path';
import { bodyChecks, FORM_BODY_LIMIT, JSON_BODY_LIMIT } from './common/body-errors';
import { AppConfig } from './config/app-config';
import { OriginCheckedIoAdapter } from './realtime/origin-checked-io.adapter';
import { securityHeaders } from './web/security-headers';
import { registerViewHelpers } from './web/view-helpers';


/** The wiring shared by main.ts and every e2e test, so tests run what is deployed. */
export function configureApp(app: INestApplication): void {
  const express = app as NestExpressApplication;
  const config = app.get(AppConfig);
  express.disable('x-powered-by');
  express.set('trust proxy', 'loopback');
  express.use(securityHeaders(config.publicBaseUrl)); // first: every answer, errors included, gets them
  express.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  express.useBodyParser('urlencoded', { limit: FORM_BODY_LIMIT, extended: true });
  express.use(...bodyChecks());
  express.setBaseViewsDir(join(viewsRoot(), 'pages'));
  express.setViewEngine('hbs');
  registerViewHelpers(join(viewsRoot(), 'partials'));
  express.useStaticAssets(join(viewsRoot(), 'assets'), { prefix: '/assets/', maxAge: '1h' });
  app.enableShutdownHooks();
  app.useWebSocketAdapter(new OriginCheckedIoAdapter(app, config));
  if (config.API_DOCS) {
    const document = SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('OneWindow API').setDescription('便民服务中心 综合窗口 API（v1）').setVersion('1').addBearerAuth().build(),
    );
    SwaggerModule.setup('api/docs', app, document);
  }
}

/** views/ sits at the project root both when run from src (ts) and from dist/src (compiled). */
export function viewsRoot(): string {
  const fromSrc = join(__dirname, '..', 'views');
  const fromDist = join(__dirname, '..', '..', 'views');
  return __dirname.includes(`${join('dist', 'src')}`) ? fromDist : fromSrc;
}
