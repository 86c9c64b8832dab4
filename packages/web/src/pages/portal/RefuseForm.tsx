import type { Language } from '@qorgau/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTRPC } from '../../app/trpc';
import { FormError } from '../../components/FormError';
import { useNotify } from '../../components/Toasts';
import { useI18n } from '../../i18n/I18nProvider';
import { translateFieldMessage } from '../../lib/errors';
import { useFormErrors } from '../../lib/useFormErrors';
import { useDecisionRecorded } from './AcknowledgeForm';
import type { MyPolicy } from './types';

const REASON_MAX = 2000;

/** "I do not agree": a disclosure, so the main path stays one form and refusing takes a deliberate step. */
export function RefuseForm({
  policy,
  language,
  onDecided,
}: {
  policy: MyPolicy;
  language: Language;
  onDecided: () => void;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const notify = useNotify();
  const panelId = useId();
  const reasonId = useId();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const recorded = useDecisionRecorded(() => {
    notify(m.portal.refuse.sent);
    onDecided();
  });
  const refuse = useMutation(trpc.myPolicy.refuse.mutationOptions(recorded));
  const { errors, setClientErrors } = useFormErrors(refuse.error);

  useEffect(() => {
    if (open) reasonRef.current?.focus();
  }, [open]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const problem = !trimmed ? 'required' : trimmed.length > REASON_MAX ? 'tooLong' : null;
    setClientErrors(problem ? { reason: problem } : {});
    if (problem) {
      refuse.reset();
      return;
    }
    refuse.mutate({ versionId: policy.versionId, language, reason: trimmed });
  };

  const reasonError = errors.reason ? translateFieldMessage(m, errors.reason) : null;
  return (
    <section className="portal-refuse" data-testid="refuse-section">
      <button
        ref={toggleRef}
        type="button"
        className="button button--quiet portal-refuse__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="refuse-open"
      >
        {m.portal.refuse.open}
      </button>
      <div id={panelId} hidden={!open}>
        {open ? (
          <form className="card stack portal-refuse__form" onSubmit={submit} noValidate>
            <h2 className="card__title">{m.portal.refuse.title}</h2>
            <p className="muted">{m.portal.refuse.intro}</p>
            <FormError error={refuse.error} fields={['reason']} />
            <div className={reasonError ? 'field field--invalid' : 'field'}>
              <label className="field__label" htmlFor={reasonId}>
                {m.portal.refuse.reason}
              </label>
              <textarea
                ref={reasonRef}
                id={reasonId}
                className="input portal-textarea"
                rows={5}
                maxLength={REASON_MAX}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={reasonError ? `${reasonId}-error` : undefined}
                data-testid="refuse-reason"
              />
              {reasonError ? (
                <p className="field__error" id={`${reasonId}-error`}>
                  {reasonError}
                </p>
              ) : null}
            </div>
            <div className="form-actions">
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setOpen(false);
                  toggleRef.current?.focus();
                }}
              >
                {m.common.cancel}
              </button>
              <button
                type="submit"
                className="button button--danger"
                disabled={refuse.isPending}
                data-testid="refuse-submit"
              >
                {refuse.isPending ? m.common.working : m.portal.refuse.submit}
              </button>
            </div>
          </form>
        ) : null}
      </div>
    </section>
  );
}
