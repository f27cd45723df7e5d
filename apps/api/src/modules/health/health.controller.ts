import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../../auth/access.decorator.js';

/** Liveness and database reachability for container health checks; reveals nothing else. */
@Controller('api/health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @HttpCode(200)
  async check(@Res() res: Response) {
    const ok = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'database unavailable' });
  }
}
