import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../../auth/access.decorator.js';
import type { Actor } from '../../auth/actor.js';
import { CurrentActor } from '../../auth/current-actor.decorator.js';
import {
  MarkNotificationsReadArgs,
  NotificationsArgs,
  SetNotificationPreferenceArgs,
} from './dto/notification.args.js';
import { NotificationPageModel, NotificationPreferenceModel } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';

/** Everyone signed in has their own notifications; the service reads and writes only the caller's rows. */
@Resolver()
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationPageModel, { description: 'My notifications, newest first.' })
  @SignedIn()
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    return this.service.list(actor, args.first, args.after);
  }

  @Query(() => Int, { description: 'How many of my notifications are unread, counted up to 100.' })
  @SignedIn()
  unreadNotificationCount(@CurrentActor() actor: Actor) {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => Int, { description: 'Marks the given notifications, or all, as read; returns the unread count.' })
  @SignedIn()
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs) {
    return this.service.markRead(actor, args.ids, args.all);
  }

  @Query(() => [NotificationPreferenceModel], { description: 'How each kind reaches me.' })
  @SignedIn()
  notificationPreferences(@CurrentActor() actor: Actor) {
    return this.service.preferences(actor);
  }

  @Mutation(() => NotificationPreferenceModel)
  @SignedIn()
  setNotificationPreference(@CurrentActor() actor: Actor, @Args() args: SetNotificationPreferenceArgs) {
    return this.service.setPreference(actor, args.kind, args.channel);
  }
}
