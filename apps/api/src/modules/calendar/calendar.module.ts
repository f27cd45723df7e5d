import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarEventExceptionEntity } from './calendar-event-exception.entity.js';
import { CalendarEventEntity } from './calendar-event.entity.js';
import { CalendarEventsService } from './calendar-events.service.js';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { CalendarIcsController } from './calendar-ics.controller.js';
import { CalendarResolver } from './calendar.resolver.js';
import { MeetingAgendaItemEntity } from './meeting-agenda-item.entity.js';
import { MeetingsService } from './meetings.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      CalendarEventEntity,
      CalendarEventExceptionEntity,
      CalendarFeedEntity,
      MeetingAgendaItemEntity,
    ]),
  ],
  controllers: [CalendarIcsController],
  providers: [CalendarEventsService, MeetingsService, CalendarFeedService, CalendarResolver],
})
export class CalendarModule {}
