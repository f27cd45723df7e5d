import { meKey } from '../../app/query-client';

export const authKeys = {
  me: meKey,
  invite: (token: string) => ['auth', 'invite', token] as const,
};
