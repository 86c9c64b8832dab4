import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTRPC } from '../../../app/trpc';
import type { DocumentBatch } from '../../../app/types';
import { pollWhileRunning } from '../../../components/JobProgress';

/**
 * One batch's live state. Polls documents.batch every second while the batch runs and stops when it
 * finishes; a finished batch is fetched once, only when it has failures to list. When the batch
 * finishes, the batch list and the document table are refreshed.
 */
export function useBatch(batchId: string | null, summary?: DocumentBatch) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const needsDetail = summary === undefined || summary.status === 'running' || summary.failed > 0;
  const detail = useQuery(
    trpc.documents.batch.queryOptions(
      { id: batchId ?? '' },
      { enabled: batchId !== null && needsDetail, refetchInterval: pollWhileRunning },
    ),
  );

  const status = detail.data?.status;
  // Until the first answer, the list's summary says what the batch was doing.
  const previous = useRef(summary?.status);
  useEffect(() => {
    const was = previous.current;
    previous.current = status ?? was;
    if (was === 'running' && status !== undefined && status !== 'running') {
      void queryClient.invalidateQueries({ queryKey: trpc.documents.batches.queryKey() });
      void queryClient.invalidateQueries({ queryKey: trpc.documents.list.pathKey() });
    }
  }, [status, queryClient, trpc]);

  return detail;
}
