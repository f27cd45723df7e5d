import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { NotificationKind } from '@portal/domain';
import type { Response } from 'express';
import { Public } from '../../auth/access.decorator.js';
import { page, escape, unsubscribedText } from './notification-texts.js';
import { NotificationsService } from './notifications.service.js';

/**
 * One-click unsubscribe (RFC 8058): mail clients POST to the `List-Unsubscribe` link, people open it. Public: the
 * link's HMAC is the proof; an altered link changes nothing.
 */
@Controller('api/notifications')
export class UnsubscribeController {
  constructor(private readonly service: NotificationsService) {}

  @Get('unsubscribe')
  @Public()
  async open(@Query() query: Record<string, string>, @Res() res: Response) {
    await this.answer(query, res);
  }

  @Post('unsubscribe')
  @Public()
  @HttpCode(200)
  async oneClick(@Query() query: Record<string, string>, @Res() res: Response) {
    await this.answer(query, res);
  }

  private async answer(query: Record<string, string>, res: Response) {
    const [u, k, s] = [query.u, query.k, query.s].map((v) => (typeof v === 'string' ? v : ''));
    const valid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(u);
    const language = valid ? await this.service.unsubscribe(u, k, s) : null;
    res.type('html');
    if (!language) {
      res.status(400).send(page('ru', '<p>Ссылка недействительна. / Шилтеме жараксыз. / The link is not valid.</p>'));
      return;
    }
    res.send(page(language, `<p>${escape(unsubscribedText(language, k as NotificationKind))}</p>`));
  }
}
