import type { Language } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTRPC } from '../../app/trpc';
import { TextField } from '../../components/Field';
import { FormError } from '../../components/FormError';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../i18n/languages';
import { translateFieldMessage } from '../../lib/errors';
import { useFormErrors } from '../../lib/useFormErrors';
import type { MyPolicy } from './types';

const FORM_FIELDS = ['typedName', 'consent'];

/** Keeps the page's copy of myPolicy.current in step with a decision the server just recorded. */
export function useDecisionRecorded(onDecided: () => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return {
    onSuccess: (next: MyPolicy | null) => {
      queryClient.setQueryData(trpc.myPolicy.current.queryKey(), next);
      // The receipt will be listed among the person's documents once issued.
      void queryClient.invalidateQueries({ queryKey: trpc.documents.mine.queryKey() });
      onDecided();
    },
    onError: (error: { message: string }) => {
      // Decided in another tab or on another device: show that decision instead of the form.
      if (error.message === 'acknowledgement.alreadyDecided')
        void queryClient.invalidateQueries({ queryKey: trpc.myPolicy.current.queryKey() });
    },
  };
}

type AcknowledgeFormProps = {
  policy: MyPolicy;
  language: Language;
  readToEnd: boolean;
  onDecided: () => void;
};

export function AcknowledgeForm({ policy, language, readToEnd, onDecided }: AcknowledgeFormProps) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const notify = useNotify();
  const titleId = useId();
  const consentId = useId();
  const [typedName, setTypedName] = useState('');
  const [consent, setConsent] = useState(false);
  const recorded = useDecisionRecorded(() => {
    notify(m.portal.ack.sent);
    onDecided();
  });
  const acknowledge = useMutation(trpc.myPolicy.acknowledge.mutationOptions(recorded));
  const { errors, setClientErrors } = useFormErrors(acknowledge.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: Record<string, string> = {};
    const name = typedName.trim();
    if (!name) clientErrors.typedName = 'required';
    else if (name.length > 200) clientErrors.typedName = 'tooLong';
    if (!consent) clientErrors.consent = 'consentRequired';
    setClientErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) {
      acknowledge.reset();
      return;
    }
    acknowledge.mutate({ versionId: policy.versionId, language, typedName: name, consent: true });
  };

  const consentError = errors.consent ? translateFieldMessage(m, errors.consent) : null;
  return (
    <section className="card portal-form" aria-labelledby={titleId} data-testid="acknowledge-form">
      <h2 id={titleId} className="card__title">
        {m.portal.ack.title}
      </h2>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted">{m.portal.ack.intro}</p>
        {readToEnd ? null : (
          <p className="alert alert--info" data-testid="read-first">
            {m.portal.ack.readFirst}
          </p>
        )}
        <FormError error={acknowledge.error} fields={FORM_FIELDS} />
        <TextField
          label={m.portal.ack.fullName}
          hint={m.portal.ack.fullNameHint}
          autoComplete="name"
          autoCapitalize="words"
          spellCheck={false}
          value={typedName}
          onValueChange={setTypedName}
          errorKey={errors.typedName}
          data-testid="ack-name"
        />
        <div className={consentError ? 'portal-consent portal-consent--invalid' : 'portal-consent'}>
          <input
            id={consentId}
            type="checkbox"
            className="portal-consent__box"
            checked={consent}
            onChange={(event) => setConsent(event.target.checked)}
            aria-invalid={consentError ? true : undefined}
            aria-describedby={consentError ? `${consentId}-error` : undefined}
            data-testid="ack-consent"
          />
          {/* The statement is stored in the language of the text, so it is shown in that language. */}
          <label htmlFor={consentId} className="portal-consent__text" lang={language}>
            {policy.consent[language]}
          </label>
          {consentError ? (
            <p className="field__error portal-consent__error" id={`${consentId}-error`}>
              {consentError}
            </p>
          ) : null}
        </div>
        <p className="muted portal-form__note">{m.portal.ack.textLanguage(LANGUAGE_AUTONYMS[language])}</p>
        <button
          type="submit"
          className="button button--primary button--block portal-form__submit"
          disabled={acknowledge.isPending}
          data-testid="ack-submit"
        >
          {acknowledge.isPending ? m.common.working : m.portal.ack.submit}
        </button>
      </form>
    </section>
  );
}
