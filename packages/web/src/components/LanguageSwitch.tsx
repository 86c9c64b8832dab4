import { LANGUAGES, type Language } from '@qorgau/core';
import { LANGUAGE_AUTONYMS } from '../i18n/languages';

/**
 * The text's language, as pressed buttons named in their own language: a reader of one language
 * must find theirs even when the page around it is in another.
 */
export function LanguageSwitch({
  legend,
  language,
  onLanguage,
  testId,
}: {
  legend: string;
  language: Language;
  onLanguage: (language: Language) => void;
  /** Names the fieldset; each button is `${testId}-${language}`. */
  testId: string;
}) {
  return (
    <fieldset className="portal-languages" data-testid={testId}>
      <legend className="portal-languages__legend">{legend}</legend>
      <div className="portal-languages__options">
        {LANGUAGES.map((option) => (
          <button
            key={option}
            type="button"
            lang={option}
            className="portal-languages__option"
            aria-pressed={option === language}
            onClick={() => onLanguage(option)}
            data-testid={`${testId}-${option}`}
          >
            {LANGUAGE_AUTONYMS[option]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
