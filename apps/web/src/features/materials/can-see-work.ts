import { seesWorkInProgress, type AppAbility } from '@portal/authz';

/** The rule the API applies: may this user see drafts and texts under review at all? Readers may not. */
export const canSeeWork = (ability: AppAbility) => seesWorkInProgress(ability);
