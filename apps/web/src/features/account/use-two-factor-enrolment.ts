import { useMutation, useQueryClient } from '@tanstack/react-query';
import { execute } from '../../app/graphql-client';
import { authKeys } from '../auth/auth.keys';
import { ConfirmTwoFactorEnrolmentMutation, StartTwoFactorEnrolmentMutation } from './account.documents';

/** A new secret and its QR code; nothing changes for the person until they confirm it. */
export function useStartTwoFactorEnrolment() {
  return useMutation({
    mutationFn: async () => (await execute(StartTwoFactorEnrolmentMutation)).startTwoFactorEnrolment,
  });
}

/** Confirms with a code and returns the recovery codes; the viewer's rules change (approving, administering). */
export function useConfirmTwoFactorEnrolment() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (code: string) =>
      (await execute(ConfirmTwoFactorEnrolmentMutation, { input: { code } })).confirmTwoFactorEnrolment,
    onSuccess: () => client.invalidateQueries({ queryKey: authKeys.me }),
  });
}
