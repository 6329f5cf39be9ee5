import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type UserCreate, userListSchema, userSchema } from '../../../../contracts/users.ts';
import { api } from '../../../lib/api-client.ts';

const BASE = '/api/v1/users';

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: ['users'],
    queryFn: ({ signal }) => api.get(BASE, userListSchema, signal).then((list) => list.items),
  });

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserCreate) => api.post(BASE, body, userSchema),
    // The new user arrives with a membership, and without a password an invitation lands in the outbox.
    onSuccess: () => Promise.all([['users'], ['memberships'], ['outbox']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
