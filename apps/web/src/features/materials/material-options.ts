import { AUDIENCES, CHANNELS, type Audience, type Channel } from '@portal/domain';

/** Audiences and channels come from the domain: the API validates against the same lists. */
export { AUDIENCES, CHANNELS, type Audience, type Channel } from '@portal/domain';

export const isAudience = (value: string): value is Audience => (AUDIENCES as readonly string[]).includes(value);
export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value);
