import { ADOPTING_BODIES, type AdoptingBody } from '@qorgau/core';
import { SelectField, TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { type DraftSectionProps, MEETING_FORMS } from './adoptionDraft';

/** Which body met, how, when and where, and the number of its minutes. */
export function MeetingSection({ formId, draft, setField, errors }: DraftSectionProps) {
  const { m } = useI18n();
  const f = m.adoption.form;
  return (
    <section className="card stack" aria-labelledby={`${formId}-meeting`}>
      <h2 id={`${formId}-meeting`} className="card__title">
        {f.meetingTitle}
      </h2>
      <SelectField
        label={f.body}
        value={draft.body}
        onValueChange={(value) => setField('body', value as AdoptingBody)}
        options={ADOPTING_BODIES.map((option) => ({ value: option, label: m.adoption.bodies[option] }))}
        errorKey={errors.body}
        data-testid="adoption-body"
      />
      <fieldset className="adoption-choices">
        <legend className="field__label">{f.meetingForm}</legend>
        {MEETING_FORMS.map((option) => (
          <label key={option} className="adoption-choice">
            <input
              type="radio"
              name={`${formId}-form`}
              value={option}
              checked={draft.meetingForm === option}
              onChange={() => setField('meetingForm', option)}
            />
            <span>{m.adoption.meetingForms[option]}</span>
          </label>
        ))}
      </fieldset>
      <div className="grid-2">
        <TextField
          label={f.meetingDate}
          type="date"
          value={draft.meetingDate}
          onValueChange={(value) => setField('meetingDate', value)}
          errorKey={errors.meetingDate}
          data-testid="adoption-meeting-date"
        />
        <TextField
          label={f.minutesNumber}
          value={draft.minutesNumber}
          onValueChange={(value) => setField('minutesNumber', value)}
          maxLength={50}
          errorKey={errors.minutesNumber}
          data-testid="adoption-minutes"
        />
      </div>
      <TextField
        label={f.place}
        value={draft.place}
        onValueChange={(value) => setField('place', value)}
        maxLength={300}
        errorKey={errors.place}
        data-testid="adoption-place"
      />
    </section>
  );
}
