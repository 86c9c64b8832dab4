import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTRPC } from '../../../app/trpc';
import { clearBackup, type Draft, readBackup, sameDraft, writeBackup } from './draftBackup';

/** How long the editor waits after the last keystroke before saving. */
export const AUTOSAVE_MS = 1000;

/**
 * saved: the server has every edit · pending: edits wait for the debounce · saving: a request is out ·
 * error: the last save failed (network, server) and the next edit or "try again" retries ·
 * conflict: someone saved first (optimistic concurrency) · notEditable: the version was submitted or
 * approved meanwhile · staleBackup: this device holds edits based on an older revision.
 * The last three stop saving until the person reloads: nothing is ever overwritten silently.
 */
export type SavePhase = 'saved' | 'pending' | 'saving' | 'error' | 'conflict' | 'notEditable' | 'staleBackup';

export const BLOCKED_PHASES: readonly SavePhase[] = ['conflict', 'notEditable', 'staleBackup'];

type Start = { draft: Draft; phase: SavePhase; edits: number };

function startingPoint(versionId: string, revision: number, server: Draft, editable: boolean): Start {
  if (!editable) {
    // Submitted or approved meanwhile: edits kept on this device can never be saved any more.
    clearBackup(versionId);
    return { draft: server, phase: 'saved', edits: 0 };
  }
  const backup = readBackup(versionId);
  if (!backup || sameDraft(backup.draft, server)) {
    if (backup) clearBackup(versionId);
    return { draft: server, phase: 'saved', edits: 0 };
  }
  // Edits from a previous visit that never reached the server: save them on the revision they were made on.
  if (backup.revision === revision) return { draft: backup.draft, phase: 'pending', edits: 1 };
  return { draft: server, phase: 'staleBackup', edits: 0 };
}

export function usePolicyAutosave(
  version: { id: string; revision: number },
  server: Draft,
  editable: boolean,
) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const versionId = version.id;
  const [start] = useState(() => startingPoint(versionId, version.revision, server, editable));
  const [draft, setDraft] = useState<Draft>(start.draft);
  const [phase, setPhase] = useState<SavePhase>(start.phase);
  const [error, setError] = useState<unknown>(null);
  const [edits, setEdits] = useState(start.edits);

  const revision = useRef(version.revision);
  const latest = useRef(draft);
  latest.current = draft;
  const editCount = useRef(start.edits);
  const savedCount = useRef(0);
  const inFlight = useRef(false);

  const { mutateAsync } = useMutation(trpc.policy.saveDraft.mutationOptions());

  const refreshDerived = useCallback(() => {
    // Preview, diff and compliance are computed from what the server has: ask again after each save.
    for (const key of [
      trpc.policy.preview.pathKey(),
      trpc.policy.diff.pathKey(),
      trpc.policy.check.pathKey(),
      trpc.policy.versions.pathKey(),
    ]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  }, [queryClient, trpc]);

  const save = useCallback(async () => {
    if (inFlight.current) return;
    const target = editCount.current;
    if (target <= savedCount.current) return;
    inFlight.current = true;
    setPhase('saving');
    const payload = latest.current;
    try {
      const result = await mutateAsync({
        id: versionId,
        revision: revision.current,
        customization: payload.customization,
        authoritativeLanguage: payload.authoritativeLanguage,
      });
      revision.current = result.revision;
      savedCount.current = target;
      const caughtUp = target === editCount.current;
      if (caughtUp) clearBackup(versionId);
      else writeBackup(versionId, revision.current, latest.current);
      setError(null);
      setPhase(caughtUp ? 'saved' : 'pending');
      refreshDerived();
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : '';
      if (message === 'policy.editConflict') setPhase('conflict');
      else if (message === 'policy.notEditable') setPhase('notEditable');
      else {
        setError(failure);
        setPhase('error');
      }
    } finally {
      inFlight.current = false;
    }
  }, [mutateAsync, versionId, refreshDerived]);

  const update = useCallback(
    (change: (current: Draft) => Draft) => {
      const next = change(latest.current);
      latest.current = next;
      setDraft(next);
      editCount.current += 1;
      setEdits(editCount.current);
      writeBackup(versionId, revision.current, next);
      setPhase((current) => (BLOCKED_PHASES.includes(current) || current === 'saving' ? current : 'pending'));
    },
    [versionId],
  );

  // Debounce: every edit restarts the clock; a save that finishes with newer edits goes back to pending.
  useEffect(() => {
    if (phase !== 'pending' || edits === 0) return;
    const timer = window.setTimeout(() => void save(), AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [phase, edits, save]);

  // Leaving: save at once when the tab is hidden, and ask before closing with edits the server lacks.
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  useEffect(() => {
    const flush = () => {
      if (document.visibilityState === 'hidden' && phaseRef.current === 'pending') void save();
    };
    const warn = (event: BeforeUnloadEvent) => {
      if (editCount.current > savedCount.current && !BLOCKED_PHASES.includes(phaseRef.current)) {
        event.preventDefault();
      }
    };
    document.addEventListener('visibilitychange', flush);
    window.addEventListener('beforeunload', warn);
    return () => {
      document.removeEventListener('visibilitychange', flush);
      window.removeEventListener('beforeunload', warn);
      // Navigating away inside the app: the request outlives the page, and the local copy covers a failure.
      if (phaseRef.current === 'pending') void save();
    };
  }, [save]);

  /** After another write bumped the revision on our behalf (applying a model update). */
  const adoptRevision = useCallback((next: number) => {
    revision.current = next;
  }, []);

  return {
    draft,
    update,
    phase,
    error,
    retry: save,
    revision: () => revision.current,
    adoptRevision,
  };
}
