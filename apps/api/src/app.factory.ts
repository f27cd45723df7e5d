import 'reflect-metadata';
import { type INestApplication, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import type { Clock } from './common/clock.js';
import type { AppConfig } from './config/env.js';
import type { EventConsumer } from './jobs/event-consumer.js';
import { PortalValidationPipe } from './graphql/validation-pipe.js';
import { RateLimiter } from './rate-limit/rate-limiter.js';
import { AppErrorFilter } from './server/app-error.filter.js';
import { serveSpa } from './server/spa.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Builds the whole application (migrations applied, job queue started), ready to `listen`; tests and benchmarks use
 * it as is. Tests may add event consumers of their own and set the clock.
 */
export async function createApp(
  config: AppConfig,
  options: { consumers?: EventConsumer[]; clock?: Clock } = {},
): Promise<INestApplication> {
  const { clock, ...jobs } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, jobs, clock), {
    logger: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
    bodyParser: false,
  });
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(helmet({ contentSecurityPolicy: { directives: { 'upgrade-insecure-requests': null } } }));
  app.use(cookieParser());
  // JSON and CSV answers are mostly repetition and shrink several times; DOCX and PDF (already zipped) do not.
  app.use(['/graphql', '/api'], compression());
  app.useBodyParser('json', { limit: '3mb' });
  // After the cookie and body parsers: the limiter keys by session and spots searches in the GraphQL body.
  const limiter = app.get(RateLimiter);
  if (limiter.enabled) app.use(['/graphql', '/api'], limiter.middleware);
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
