import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from '../common/app-error.js';
import { fromDatabaseError } from '../common/database-errors.js';

/** REST endpoints answer with the same codes as GraphQL, and never with a stack trace. */
@Catch()
export class AppErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(thrown: unknown, host: ArgumentsHost): void {
    if (host.getType<string>() === 'graphql') throw thrown;
    const error = fromDatabaseError(thrown) ?? thrown;
    const res = host.switchToHttp().getResponse<Response>();
    if (error instanceof AppError) {
      res.status(error.httpStatus).json({ code: error.code, message: error.message, ...error.extensions });
    } else if (error instanceof HttpException) {
      res.status(error.getStatus()).json({ code: 'HTTP_ERROR', message: error.message });
    } else {
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      res.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    }
  }
}
