import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Allow, Public } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import { fieldError, notFound } from '../../common/app-error.js';
import { CalendarFeedService } from './calendar-feed.service.js';

const ICS_TYPE = 'text/calendar; charset=utf-8';

@Controller('api/calendar')
export class CalendarIcsController {
  constructor(private readonly feeds: CalendarFeedService) {}

  /** The secret feed: the token in the address is the only credential (calendar apps send no cookie). */
  @Get('feed/:token.ics')
  @Public()
  async feed(@Param('token') token: string, @Res() res: Response) {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) throw notFound('Calendar feed');
    const ics = await this.feeds.feed(token);
    res.type(ICS_TYPE).setHeader('cache-control', 'private, no-store').send(ics);
  }

  @Get('events/:id.ics')
  @Allow('read', 'CalendarEvent')
  async event(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => fieldError('id', 'isUuid', 'must be a valid id') }))
    id: string,
    @Res() res: Response,
  ) {
    const { ics } = await this.feeds.single(actor, id);
    res.attachment('event.ics').type(ICS_TYPE).send(ics);
  }
}
