import { isLanguage, type Permission } from '@qorgau/core';
import { hashKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { navigate } from './router';
import { useTRPC } from './trpc';
import type { Me } from './types';

export const ME_STALE_TIME = 5 * 60_000;

export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: ME_STALE_TIME }));
}

/** Where each role starts: the programme team, HR officers and everybody else have different daily work. */
export function homePathFor(me: Me | null): string {
  if (!me) return '/signin';
  if (me.roles.includes('project_staff')) return '/programme';
  if (me.roles.includes('hr_officer')) return '/hr/people';
  return '/home';
}

export function can(me: Me | null | undefined, permission: Permission): boolean {
  return me?.permissions.includes(permission) ?? false;
}

export function useSessionActions() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { hasLocalChoice, language, adoptLanguage } = useI18n();
  const saveLanguage = useMutation(trpc.auth.setLanguage.mutationOptions());
  const { mutate: saveLanguageMutate } = saveLanguage;

  /** Data cached for another account or organisation must never be shown in this one. */
  const replaceSession = useCallback(
    (me: Me | null) => {
      const meKey = trpc.auth.me.queryKey();
      const meHash = hashKey(meKey);
      queryClient.removeQueries({ predicate: (query) => query.queryHash !== meHash });
      queryClient.setQueryData(meKey, me);
    },
    [queryClient, trpc],
  );

  /** Installs a new session (sign-in, accepted invitation, organisation switch) and goes to its start page. */
  const establish = useCallback(
    (me: Me, next?: string | null) => {
      replaceSession(me);
      const saved = me.user.language;
      if (!hasLocalChoice && isLanguage(saved)) adoptLanguage(saved);
      else if (hasLocalChoice && saved !== language) saveLanguageMutate({ language });
      navigate(next ?? homePathFor(me), { replace: true });
    },
    [replaceSession, hasLocalChoice, language, adoptLanguage, saveLanguageMutate],
  );

  const ended = useCallback(() => {
    replaceSession(null);
    navigate('/signin', { replace: true });
  }, [replaceSession]);

  return { establish, ended };
}
