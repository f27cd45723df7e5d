import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import {
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
} from '@portal/domain';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { NotificationChannelEnum, NotificationKindEnum } from '../notification.model.js';

@ArgsType()
export class NotificationsArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size, at most 100.' })
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string | null;
}

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'These notifications (at most 100)…' })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  ids?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: '…or all of them.' })
  @IsOptional()
  @IsBoolean()
  all?: boolean | null;
}

@ArgsType()
export class SetNotificationPreferenceArgs {
  @Field(() => NotificationKindEnum)
  @IsIn(NOTIFICATION_KINDS)
  kind: NotificationKind;

  @Field(() => NotificationChannelEnum)
  @IsIn(NOTIFICATION_CHANNELS)
  channel: NotificationChannel;
}
