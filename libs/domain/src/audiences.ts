/** Target audiences of the strategy's messaging; stable slugs, labels live in the web app's translations. */
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

/** Channels a text is meant for; stable slugs, labels in the web app's translations. */
export const CHANNELS = ['press', 'tv_radio', 'website', 'social_media', 'messengers', 'print', 'events'] as const;
export type Channel = (typeof CHANNELS)[number];
