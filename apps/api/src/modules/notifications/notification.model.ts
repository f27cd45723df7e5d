import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from '@portal/domain';
import { asEnum } from '../../graphql/enums.js';

export const NotificationKindEnum = asEnum(NOTIFICATION_KINDS);
export const NotificationChannelEnum = asEnum(NOTIFICATION_CHANNELS);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });
registerEnumType(NotificationChannelEnum, {
  name: 'NotificationChannel',
  description: 'in_app: only in the portal; email: also by e-mail at once; daily/weekly: also in a digest; off.',
});

@ObjectType('Notification', { description: 'Something the signed-in person was told of; the web words it.' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKindEnum)
  kind: string;

  @Field({ description: 'The title of what it is about, as this person may read it.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'For endorsements and library updates: agreed or approved.' })
  state: string | null;

  @Field({ description: 'A new revision of a text already in the library.' })
  revised: boolean;

  @Field({ description: 'Where it leads in the portal, e.g. /materials/<id>.' })
  link: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt: Date | null;
}

@ObjectType('NotificationPage')
export class NotificationPageModel {
  @Field(() => [NotificationModel])
  items: NotificationModel[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last one.' })
  endCursor: string | null;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKindEnum)
  kind: string;

  @Field(() => NotificationChannelEnum)
  channel: string;

  @Field({ description: 'The role default, not a choice the person made.' })
  isDefault: boolean;
}
