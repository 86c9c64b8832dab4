import { LANGUAGES, type Language } from '@qorgau/core';
import { useMutation } from '@tanstack/react-query';
import { useI18n } from '../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, LANGUAGE_SHORT } from '../i18n/languages';
import { useTRPC } from './trpc';

export function LanguageSwitcher({ signedIn }: { signedIn: boolean }) {
  const { m, language, chooseLanguage } = useI18n();
  const trpc = useTRPC();
  // Saving is best effort: the interface switches at once and emails follow the account's language.
  const save = useMutation(trpc.auth.setLanguage.mutationOptions());

  const choose = (next: Language) => {
    chooseLanguage(next);
    if (signedIn) save.mutate({ language: next });
  };

  return (
    <fieldset className="language-switcher" data-testid="language-switcher">
      <legend className="visually-hidden">{m.header.language}</legend>
      {LANGUAGES.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          className="language-switcher__option"
          aria-pressed={option === language}
          aria-label={LANGUAGE_AUTONYMS[option]}
          title={LANGUAGE_AUTONYMS[option]}
          onClick={() => choose(option)}
          data-testid={`language-${option}`}
        >
          {LANGUAGE_SHORT[option]}
        </button>
      ))}
    </fieldset>
  );
}
