import 'reflect-metadata';
import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/env.js';
import type { EventConsumer } from './jobs/event-consumer.js';
import { PortalValidationPipe } from './graphql/validation-pipe.js';
import { AppErrorFilter } from './server/app-error.filter.js';
import { serveSpa } from './server/spa.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Builds the whole application (migrations applied, job queue started), ready to `listen`; tests and benchmarks use
 * it as is. Tests may add event consumers of their own.
 */
export async function createApp(
  config: AppConfig,
  options: { consumers?: EventConsumer[] } = {},
): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, options), {
    logger: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
    bodyParser: false,
  });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } } }));
  if (config.rateLimitPerMinute > 0) {
    // A coarse per-IP ceiling for every API call; sign-in has its own, much tighter, per-account limits.
    const limiter = rateLimit({
      windowMs: 60_000,
      limit: config.rateLimitPerMinute,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
    });
    app.use(['/graphql', '/api'], limiter);
  }
  app.use(cookieParser());
  app.useBodyParser('json', { limit: '3mb' });
  app.useGlobalPipes(new PortalValidationPipe());
  app.useGlobalFilters(new AppErrorFilter());
  app.enableShutdownHooks();
  if (config.webDist) serveSpa(app.getHttpAdapter().getInstance(), config.webDist);
  try {
    await app.init();
  } catch (error) {
    // A start refused during bootstrap (e.g. demo passwords in production) still releases the queue and the pool.
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
