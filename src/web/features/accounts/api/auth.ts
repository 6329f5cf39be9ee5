import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { RESET_PASSWORD_PATH, SIGN_IN_PATH } from '../../../app/paths.ts';
import { request } from '../../../lib/api-client.ts';
import { meQueryOptions } from './me.ts';

// better-auth endpoints: no shared contract, and a 401 there is a wrong password, not a lost session.
const authPost = (path: string, body: unknown) => request(`/api/auth/${path}`, { method: 'POST', body, expectUnauthorized: true });

export interface Credentials {
  email: string;
  password: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ email, password }: Credentials) => authPost('sign-in/email', { email, password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryOptions.queryKey }),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: () => authPost('sign-out', {}),
    // Leave the app shell first (its queries would refetch at once), then forget everything:
    // nothing from this session may stay in memory for the next person at this desk.
    onSuccess: async () => {
      await navigate(SIGN_IN_PATH, { replace: true });
      queryClient.clear();
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: ({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) =>
      authPost('change-password', { currentPassword, newPassword, revokeOtherSessions: true }),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => authPost('request-password-reset', { email, redirectTo: RESET_PASSWORD_PATH }),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: ({ newPassword, token }: { newPassword: string; token: string }) => authPost('reset-password', { newPassword, token }),
  });
}
