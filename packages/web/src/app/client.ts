import type { AppRouter } from '@qorgau/api';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCOptionsProxy } from '@trpc/tanstack-react-query';
import { errorCode } from '../lib/errors';
import { createApiClient } from './trpc';

export const trpcClient = createApiClient();

function onError(error: unknown, queryKey?: readonly unknown[]) {
  // A session that ended elsewhere (sign out everywhere, expiry) surfaces as UNAUTHORIZED on any call:
  // refreshing auth.me sends the person to sign-in instead of leaving a broken page.
  if (errorCode(error) !== 'UNAUTHORIZED') return;
  const meKey = api.auth.me.queryKey();
  if (queryKey && JSON.stringify(queryKey) === JSON.stringify(meKey)) return;
  void queryClient.invalidateQueries({ queryKey: meKey });
}

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
  mutationCache: new MutationCache({ onError: (error) => onError(error) }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Only transport failures are worth retrying; an answer with a code will not change on retry.
      retry: (failureCount, error) => errorCode(error) === null && failureCount < 2,
    },
    mutations: { retry: false },
  },
});

/** For use outside components (cache callbacks); components use useTRPC(). */
export const api = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
