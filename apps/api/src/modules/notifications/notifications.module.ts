import { Module } from '@nestjs/common';
import { DailyDigestTask, NotificationDigestService, WeeklyDigestTask } from './notification-digest.service.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';
import { UnsubscribeController } from './unsubscribe.controller.js';

@Module({
  controllers: [UnsubscribeController],
  providers: [
    NotificationsService,
    NotificationsResolver,
    NotificationDigestService,
    DailyDigestTask,
    WeeklyDigestTask,
  ],
})
export class NotificationsModule {}
