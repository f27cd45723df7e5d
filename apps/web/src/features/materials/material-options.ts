import { AUDIENCES, type Audience } from '@portal/domain';

/** Audiences come from the domain (the API validates them); channels are the web's own stable slugs for now. */
export { AUDIENCES, type Audience } from '@portal/domain';

export const CHANNELS = ['press', 'tv_radio', 'website', 'social_media', 'messengers', 'print', 'events'] as const;
export type Channel = (typeof CHANNELS)[number];

export const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);
export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);
