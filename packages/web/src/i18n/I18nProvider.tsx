import { LANGUAGES, type Language, LOCALE_TAGS } from '@qorgau/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createFormatters, type Formatters } from './format';
import { DICTIONARY_FAILED, initialLanguage, readStoredLanguage, storeLanguage } from './languages';
import { loadDictionary, loadedDictionary, type Messages } from './messages';

type I18n = {
  language: Language;
  m: Messages;
  format: Formatters;
  /** True once the person picked a language on this device; the account's language then no longer overrides it. */
  hasLocalChoice: boolean;
  chooseLanguage: (language: Language) => void;
  adoptLanguage: (language: Language) => void;
};

type Shown = { language: Language; messages: Messages };

const I18nContext = createContext<I18n | null>(null);

/** Starts fetching the first dictionary before React renders (see main.tsx), so the first paint is translated. */
export function preloadInitialDictionary(): Promise<unknown> {
  return loadDictionary(initialLanguage()).catch(() => undefined);
}

function useRequestedDictionary(requested: Language) {
  const [shown, setShown] = useState<Shown | null>(() => {
    const messages = loadedDictionary(requested);
    return messages ? { language: requested, messages } : null;
  });
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    // Until the new language arrives the page keeps the previous one, never a mix or blank labels.
    loadDictionary(requested).then(
      (messages) => {
        if (!current) return;
        setFailed(false);
        setShown({ language: requested, messages });
      },
      () => {
        if (current) setFailed(true);
      },
    );
    return () => {
      current = false;
    };
  }, [requested]);

  return { shown, failed };
}

function DictionaryMissing({ failed }: { failed: boolean }) {
  if (!failed) return <div className="state state--loading" role="status" aria-busy="true" />;
  return (
    <div className="state state--error" role="alert">
      {LANGUAGES.map((language) => (
        <p key={language} lang={language}>
          {DICTIONARY_FAILED[language]}
        </p>
      ))}
    </div>
  );
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [hasLocalChoice, setHasLocalChoice] = useState(() => readStoredLanguage() !== null);
  const [requested, setRequested] = useState<Language>(initialLanguage);
  const { shown, failed } = useRequestedDictionary(requested);
  const language = shown?.language;

  const chooseLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setHasLocalChoice(true);
    setRequested(next);
  }, []);

  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    document.documentElement.dataset.locale = LOCALE_TAGS[language];
  }, [language]);

  const value = useMemo<I18n | null>(
    () =>
      shown && {
        language: shown.language,
        m: shown.messages,
        format: createFormatters(shown.language),
        hasLocalChoice,
        chooseLanguage,
        adoptLanguage: setRequested,
      },
    [shown, hasLocalChoice, chooseLanguage],
  );

  if (!value) return <DictionaryMissing failed={failed} />;
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
