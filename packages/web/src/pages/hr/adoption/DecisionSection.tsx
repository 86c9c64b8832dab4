import { LANGUAGES, type Language } from '@qorgau/core';
import { SelectField, TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import type { DraftSectionProps } from './adoptionDraft';
import { MinutesPicker } from './MinutesPicker';

/** What the body decided: when the policy takes effect, who answers for it, and the extract to issue. */
export function DecisionSection({
  formId,
  draft,
  setField,
  errors,
  minutes,
  onMinutes,
}: DraftSectionProps & {
  minutes: File | null;
  onMinutes: (file: File | null) => void;
}) {
  const { m } = useI18n();
  const f = m.adoption.form;
  // Neither date can come before the meeting that decided them.
  const notBeforeMeeting = draft.meetingDate || undefined;
  return (
    <section className="card stack" aria-labelledby={`${formId}-decision`}>
      <h2 id={`${formId}-decision`} className="card__title">
        {f.decisionTitle}
      </h2>
      <div className="grid-2">
        <TextField
          label={f.effectiveDate}
          type="date"
          value={draft.effectiveDate}
          onValueChange={(value) => setField('effectiveDate', value)}
          min={notBeforeMeeting}
          errorKey={errors.effectiveDate}
          data-testid="adoption-effective"
        />
        <TextField
          label={f.familiarisationDeadline}
          type="date"
          value={draft.familiarisationDeadline}
          onValueChange={(value) => setField('familiarisationDeadline', value)}
          min={notBeforeMeeting}
          errorKey={errors.familiarisationDeadline}
          data-testid="adoption-deadline"
        />
      </div>
      <TextField
        label={f.responsibleOfficer}
        hint={f.responsibleHint}
        value={draft.responsibleOfficer}
        onValueChange={(value) => setField('responsibleOfficer', value)}
        maxLength={200}
        errorKey={errors.responsibleOfficer}
        data-testid="adoption-responsible"
      />
      <SelectField
        label={f.extractLanguage}
        value={draft.extractLanguage}
        onValueChange={(value) => setField('extractLanguage', value as Language)}
        options={LANGUAGES.map((option) => ({ value: option, label: LANGUAGE_AUTONYMS[option] }))}
        errorKey={errors.extractLanguage}
      />
      <MinutesPicker file={minutes} onChange={onMinutes} />
    </section>
  );
}
