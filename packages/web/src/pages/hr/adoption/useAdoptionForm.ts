import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { type FieldErrors, fieldErrorsOf } from '../../../lib/errors';
import { type AdoptionDraft, initialDraft, type SetDraftField } from './adoptionDraft';
import { checkAdoption } from './checkAdoption';
import { minutesProblem } from './minutesUpload';
import type { RecordAdoptionPayload, VersionDetail } from './types';
import { useMemberDrafts } from './useMemberDrafts';

/**
 * State, checks and submission of the adoption form. A submit that passes the checks only opens
 * the confirmation; the record is sent once the HR officer confirms, since it is final.
 */
export function useAdoptionForm(version: VersionDetail, minutes: File | null) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const me = useMe().data;
  const formId = useId();
  const memberDrafts = useMemberDrafts(formId);
  const [draft, setDraft] = useState<AdoptionDraft>(() =>
    initialDraft(
      me?.organization?.kind === 'university' ? 'academic_council' : 'board_of_directors',
      version.authoritativeLanguage,
    ),
  );
  const [pending, setPending] = useState<RecordAdoptionPayload | null>(null);
  const [attempted, setAttempted] = useState(false);

  const record = useMutation(
    trpc.adoption.record.mutationOptions({
      onSuccess: (adoption) => {
        setPending(null);
        queryClient.setQueryData(trpc.adoption.get.queryKey({ versionId: version.id }), adoption);
        void queryClient.invalidateQueries({ queryKey: trpc.policy.pathKey() });
        notify(m.adoption.form.recorded);
        window.scrollTo(0, 0);
      },
      // Problems belong next to the fields they concern, not in the dialog.
      onError: () => setPending(null),
    }),
  );

  const setField: SetDraftField = (key, value) => setDraft((current) => ({ ...current, [key]: value }));
  const check = () => checkAdoption(version.id, draft, memberDrafts.members);

  // On a form this long, messages follow the fields as they are corrected once a submit was tried.
  const clientErrors = attempted ? check().problems : {};
  const errors: FieldErrors = { ...fieldErrorsOf(record.error), ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    record.reset();
    const { data } = check();
    if (data && !(minutes && minutesProblem(minutes))) setPending(data);
  };

  const confirm = () => {
    if (pending) record.mutate(pending);
  };

  return {
    formId,
    draft,
    setField,
    ...memberDrafts,
    errors,
    hasClientErrors: Object.keys(clientErrors).length > 0 && !record.error,
    record,
    confirming: pending !== null,
    submit,
    confirm,
    cancel: () => setPending(null),
  };
}
