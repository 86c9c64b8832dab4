import type { Language } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTRPC } from '../../app/trpc';
import { useMyCourse } from './api';
import type { MyCourse } from './types';

export type OpenedCourse =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'ready'; course: MyCourse | null };

/**
 * The course as the player shows it. The overview only reads, so opening the player is what
 * enrols the person or reopens a due refresher: modules and the quiz need that cycle to exist.
 */
export function useOpenedCourse(language: Language): OpenedCourse {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const course = useMyCourse(language);
  const start = useMutation(
    trpc.myTraining.start.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.myTraining.overview.queryKey() }),
    }),
  );
  const needsStart = course.data?.needsStart === true;
  const { mutate: startCourse, reset, isIdle, isSuccess } = start;
  useEffect(() => {
    if (needsStart && isIdle) startCourse();
    // Ready for the next cycle to come round while the player stays open.
    if (!needsStart && isSuccess) reset();
  }, [needsStart, isIdle, isSuccess, startCourse, reset]);

  if (course.isError) return { state: 'error', error: course.error, retry: () => void course.refetch() };
  if (start.isError) return { state: 'error', error: start.error, retry: () => startCourse() };
  if (course.isPending || needsStart) return { state: 'loading' };
  return { state: 'ready', course: course.data };
}
