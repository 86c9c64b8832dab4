import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { FormError } from '../../../components/FormError';
import { useI18n } from '../../../i18n/I18nProvider';
import { AdoptionTally } from './AdoptionTally';
import { shownFieldsOf } from './adoptionDraft';
import { DecisionSection } from './DecisionSection';
import { MeetingSection } from './MeetingSection';
import { MembersSection } from './MembersSection';
import type { VersionDetail } from './types';
import { useAdoptionForm } from './useAdoptionForm';

/**
 * The decision of the adopting body, as its minutes record it. Validated with the same schema and
 * tally rules as the server; the record is final, so submitting asks for confirmation first.
 */
export function AdoptionForm({
  version,
  minutes,
  onMinutes,
}: {
  version: VersionDetail;
  minutes: File | null;
  onMinutes: (file: File | null) => void;
}) {
  const { m } = useI18n();
  const form = useAdoptionForm(version, minutes);
  const { formId, draft, setField, errors, record } = form;
  const f = m.adoption.form;

  return (
    <form className="adoption-layout" onSubmit={form.submit} noValidate data-testid="adoption-form">
      <div className="stack stack--large adoption-layout__main">
        <FormError error={record.error} fields={shownFieldsOf(form.members.length)} />
        <MeetingSection formId={formId} draft={draft} setField={setField} errors={errors} />
        <MembersSection
          formId={formId}
          draft={draft}
          setField={setField}
          memberDrafts={form}
          errors={errors}
        />
        <DecisionSection
          formId={formId}
          draft={draft}
          setField={setField}
          errors={errors}
          minutes={minutes}
          onMinutes={onMinutes}
        />
      </div>
      <div className="adoption-layout__aside">
        <AdoptionTally body={draft.body} members={form.members} />
      </div>
      <div className="stack adoption-layout__actions">
        {form.hasClientErrors ? (
          <p className="alert alert--error" role="alert" data-testid="adoption-check-fields">
            {m.errors.checkFields}
          </p>
        ) : null}
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={record.isPending}
            data-testid="adoption-submit"
          >
            {f.submit}
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={form.confirming}
        title={f.confirmTitle}
        confirmLabel={f.submit}
        onConfirm={form.confirm}
        onCancel={form.cancel}
        pending={record.isPending}
      >
        {f.confirmText}
      </ConfirmDialog>
    </form>
  );
}
