/**
 * Audiences of the strategy and the channels a text is meant for, as stable slugs (labels come from i18n).
 * They belong beside the other enums in @portal/domain once the API validates them.
 */
export const AUDIENCES = [
  'at_risk',
  'migrants_families',
  'returnees',
  'cso',
  'private_sector',
  'religious',
  'government',
] as const;
export type Audience = (typeof AUDIENCES)[number];

export const CHANNELS = ['press', 'tv_radio', 'website', 'social_media', 'messengers', 'print', 'events'] as const;
export type Channel = (typeof CHANNELS)[number];

export const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);
export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);
