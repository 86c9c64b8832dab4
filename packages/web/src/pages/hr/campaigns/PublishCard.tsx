import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from '../../../app/router';
import { useTRPC } from '../../../app/trpc';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField, TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { daysFromToday, localDate, todayIso } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/useFormErrors';
import { ADOPTION_PATH } from '../adoption/paths';
import { AudienceFields } from './AudienceFields';
import { type AudienceDraft, EMPTY_AUDIENCE, isEveryone, toAudience } from './audience';
import type { VersionSummary } from './types';

const DEFAULT_DUE_DAYS = 30;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type AudienceChoice = 'everyone' | 'some';
const AUDIENCE_FIELDS = [
  'audience',
  'audience.unitIds',
  'audience.kinds',
  'audience.positions',
  'audience.joinedSince',
];

export function PublishCard({
  versions,
  preselected,
  onPublished,
}: {
  versions: readonly VersionSummary[];
  preselected: string | null;
  onPublished: (campaignId: string) => void;
}) {
  const { m, format } = useI18n();
  const titleId = useId();
  const adopted = versions.filter((version) => version.status === 'adopted');

  return (
    <section className="card" aria-labelledby={titleId} data-testid="publish-card">
      <h2 id={titleId} className="card__title">
        {m.campaigns.publish.title}
      </h2>
      {adopted.length === 0 ? (
        <div className="stack">
          <p className="muted" data-testid="publish-none">
            {m.campaigns.publish.noneAdopted}
          </p>
          <div>
            <Link to={ADOPTION_PATH} className="button">
              {m.campaigns.publish.toAdoption}
            </Link>
          </div>
        </div>
      ) : (
        <PublishForm
          adopted={adopted}
          initialVersionId={
            adopted.find((version) => version.id === preselected)?.id ?? (adopted[0] as VersionSummary).id
          }
          versionLabel={(version) => m.adoption.versionTitle(format.number(version.number))}
          onPublished={onPublished}
        />
      )}
    </section>
  );
}

function PublishForm({
  adopted,
  initialVersionId,
  versionLabel,
  onPublished,
}: {
  adopted: VersionSummary[];
  initialVersionId: string;
  versionLabel: (version: VersionSummary) => string;
  onPublished: (campaignId: string) => void;
}) {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const formId = useId();
  const p = m.campaigns.publish;
  const [versionId, setVersionId] = useState(initialVersionId);
  const [dueEdited, setDueEdited] = useState<string | null>(null);
  const [audienceChoice, setAudienceChoice] = useState<AudienceChoice>('everyone');
  const [draft, setDraft] = useState<AudienceDraft>(EMPTY_AUDIENCE);
  const [confirming, setConfirming] = useState(false);

  // The adoption already set a deadline for staff: it is the natural due date, if still ahead.
  const adoption = useQuery(trpc.adoption.get.queryOptions({ versionId }));
  const deadline = adoption.data?.familiarisationDeadline;
  const suggestedDue = deadline && deadline >= todayIso() ? deadline : daysFromToday(DEFAULT_DUE_DAYS);
  const dueDate = dueEdited ?? suggestedDue;

  const publish = useMutation(
    trpc.policy.publish.mutationOptions({
      onSuccess: (result) => {
        setConfirming(false);
        notify(p.published(result.assigned));
        void queryClient.invalidateQueries({ queryKey: trpc.campaigns.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.policy.pathKey() });
        void queryClient.invalidateQueries({ queryKey: trpc.myPolicy.pathKey() });
        onPublished(result.campaignId);
      },
      onError: () => setConfirming(false),
    }),
  );
  const { errors, setClientErrors } = useFormErrors(publish.error);

  const audience = audienceChoice === 'everyone' ? {} : toAudience(draft);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clientErrors: Record<string, string> = {};
    if (!ISO_DATE.test(dueDate)) clientErrors.dueDate = 'invalidDate';
    else if (dueDate < todayIso()) clientErrors.dueDate = 'dateInPast';
    if (audienceChoice === 'some' && isEveryone(audience)) clientErrors.audience = 'chooseAudience';
    setClientErrors(clientErrors);
    publish.reset();
    if (Object.keys(clientErrors).length === 0) setConfirming(true);
  };

  const chosen = adopted.find((version) => version.id === versionId);
  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="publish-form">
      <p className="muted">{p.intro}</p>
      <FormError error={publish.error} fields={['versionId', 'dueDate', ...AUDIENCE_FIELDS]} />
      <div className="grid-2">
        <SelectField
          label={p.version}
          value={versionId}
          onValueChange={(value) => {
            setVersionId(value);
            setDueEdited(null);
          }}
          options={adopted.map((version) => ({ value: version.id, label: versionLabel(version) }))}
          errorKey={errors.versionId}
          data-testid="publish-version"
        />
        <TextField
          label={p.dueDate}
          hint={p.dueHint}
          type="date"
          min={todayIso()}
          value={dueDate}
          onValueChange={setDueEdited}
          errorKey={errors.dueDate}
          data-testid="publish-due"
        />
      </div>
      <fieldset className="adoption-choices">
        <legend className="field__label">{p.audience}</legend>
        {(['everyone', 'some'] as const).map((option) => (
          <label key={option} className="adoption-choice">
            <input
              type="radio"
              name={`${formId}-audience`}
              checked={audienceChoice === option}
              onChange={() => setAudienceChoice(option)}
              data-testid={`publish-audience-${option}`}
            />
            <span>{option === 'everyone' ? p.everyone : m.ackExtras.audience.some}</span>
          </label>
        ))}
      </fieldset>
      {audienceChoice === 'some' ? (
        <AudienceFields draft={draft} onChange={setDraft} errors={errors} />
      ) : null}
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={publish.isPending}
          data-testid="publish-submit"
        >
          {p.submit}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={p.confirmTitle}
        confirmLabel={p.submit}
        onConfirm={() => publish.mutate({ versionId, dueDate, audience })}
        onCancel={() => setConfirming(false)}
        pending={publish.isPending}
      >
        {p.confirmText(chosen ? format.number(chosen.number) : '', format.date(localDate(dueDate)))}
      </ConfirmDialog>
    </form>
  );
}
