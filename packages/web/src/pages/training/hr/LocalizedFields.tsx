import { LANGUAGES } from '@qorgau/core';
import { TextAreaField, TextField } from '../../../components/Field';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import type { Localized } from './ContentSection';

type Props = {
  label: string;
  value: Localized;
  onChange: (value: Localized) => void;
  multiline?: boolean;
  hint?: string;
  maxLength: number;
  invalid: boolean;
  testId: string;
};

/** The same text in Kazakh, Russian and English, side by side on wide screens. */
export function LocalizedFields({
  label,
  value,
  onChange,
  multiline,
  hint,
  maxLength,
  invalid,
  testId,
}: Props) {
  return (
    <fieldset className="fieldset">
      <legend>{label}</legend>
      <div className="training-languages">
        {LANGUAGES.map((language) => {
          const common = {
            label: LANGUAGE_AUTONYMS[language],
            value: value[language],
            onValueChange: (text: string) => onChange({ ...value, [language]: text }),
            lang: language,
            maxLength,
            errorKey: invalid && !value[language].trim() ? 'required' : undefined,
            'data-testid': `${testId}-${language}`,
          };
          return multiline ? (
            <TextAreaField key={language} {...common} hint={hint} rows={6} />
          ) : (
            <TextField key={language} {...common} />
          );
        })}
      </div>
    </fieldset>
  );
}
