import { LANGUAGES, type Language } from '@qorgau/core';
import { type FormEvent, useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import { TextAreaField, TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import type { CustomClause, Multilingual } from '../../policy/customization';

type Props = {
  /** The clause being edited, or a new one with empty texts; null closes the dialog. */
  clause: CustomClause | null;
  isNew: boolean;
  afterTitle: string;
  onSave: (clause: CustomClause) => void;
  onClose: () => void;
};

export function CustomClauseDialog({ clause, isNew, afterTitle, onSave, onClose }: Props) {
  const { m } = useI18n();
  return (
    <Dialog
      open={clause !== null}
      onClose={onClose}
      title={isNew ? m.policy.customClause.addTitle : m.policy.customClause.editTitle}
      subtitle={m.policy.customClause.after(afterTitle)}
      testId="custom-clause-dialog"
    >
      {clause ? <CustomClauseForm clause={clause} onSave={onSave} onCancel={onClose} /> : null}
    </Dialog>
  );
}

const TITLE_MAX = 300;
const BODY_MAX = 20_000;

function CustomClauseForm({
  clause,
  onSave,
  onCancel,
}: {
  clause: CustomClause;
  onSave: (clause: CustomClause) => void;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const [title, setTitle] = useState<Multilingual>(clause.title);
  const [body, setBody] = useState<Multilingual>(clause.body);
  const [checked, setChecked] = useState(false);
  const missing = (texts: Multilingual, language: Language) => !texts[language]?.trim();
  const complete = LANGUAGES.every((language) => !missing(title, language) && !missing(body, language));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!complete) return;
    const trimmed = (texts: Multilingual) =>
      Object.fromEntries(LANGUAGES.map((language) => [language, texts[language]?.trim() ?? '']));
    onSave({ ...clause, title: trimmed(title), body: trimmed(body) });
  };

  return (
    <form className="stack" onSubmit={submit} noValidate data-testid="custom-clause-form">
      <p className="muted">{m.policy.customClause.intro}</p>
      {checked && !complete ? (
        <div className="alert alert--error" role="alert">
          <p>{m.policy.customClause.missing}</p>
        </div>
      ) : null}
      {LANGUAGES.map((language) => (
        <fieldset key={language} className="fieldset" lang={language}>
          <legend>{LANGUAGE_AUTONYMS[language]}</legend>
          <TextField
            label={m.policy.customClause.title}
            value={title[language] ?? ''}
            onValueChange={(value) => setTitle((current) => ({ ...current, [language]: value }))}
            maxLength={TITLE_MAX}
            errorKey={checked && missing(title, language) ? 'required' : undefined}
            data-testid={`custom-title-${language}`}
          />
          <TextAreaField
            label={m.policy.customClause.body}
            value={body[language] ?? ''}
            onValueChange={(value) => setBody((current) => ({ ...current, [language]: value }))}
            rows={5}
            maxLength={BODY_MAX}
            errorKey={checked && missing(body, language) ? 'required' : undefined}
            data-testid={`custom-body-${language}`}
          />
        </fieldset>
      ))}
      <div className="form-actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {m.common.cancel}
        </button>
        <button type="submit" className="button button--primary" data-testid="custom-clause-save">
          {m.policy.customClause.save}
        </button>
      </div>
    </form>
  );
}
