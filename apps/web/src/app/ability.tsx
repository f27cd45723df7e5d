import { AbilityProvider, useAbility } from '@casl/react';
import { abilityFromRules, type AppAbility, type AppRule } from '@portal/authz';
import { useMemo, type ReactNode } from 'react';

export { Can } from '@casl/react';

/** Rules come from the API as JSON; malformed rules mean "nothing allowed", never "everything". */
export function parseRules(json: string | null | undefined): AppRule[] {
  if (!json) return [];
  try {
    const rules: unknown = JSON.parse(json);
    return Array.isArray(rules) ? (rules as AppRule[]) : [];
  } catch {
    return [];
  }
}

export function ViewerAbilityProvider({ rules, children }: { rules: string | null | undefined; children: ReactNode }) {
  const ability = useMemo(() => abilityFromRules(parseRules(rules)), [rules]);
  return <AbilityProvider value={ability}>{children}</AbilityProvider>;
}

export const useAppAbility = (): AppAbility => useAbility<AppAbility>();
