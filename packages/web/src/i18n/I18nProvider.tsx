import { type Language, LOCALE_TAGS } from '@qorgau/core';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { createFormatters, type Formatters } from './format';
import { browserLanguage, readStoredLanguage, storeLanguage } from './languages';
import { DICTIONARIES, type Messages } from './messages';

type I18n = {
  language: Language;
  m: Messages;
  format: Formatters;
  /** True once the person picked a language on this device; the account's language then no longer overrides it. */
  hasLocalChoice: boolean;
  chooseLanguage: (language: Language) => void;
  adoptLanguage: (language: Language) => void;
};

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [stored] = useState(readStoredLanguage);
  const [language, setLanguage] = useState<Language>(() => stored ?? browserLanguage());
  const [hasLocalChoice, setHasLocalChoice] = useState(stored !== null);

  const chooseLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setHasLocalChoice(true);
    setLanguage(next);
  }, []);

  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dataset.locale = LOCALE_TAGS[language];
  }, [language]);

  const value = useMemo<I18n>(
    () => ({
      language,
      m: DICTIONARIES[language],
      format: createFormatters(language),
      hasLocalChoice,
      chooseLanguage,
      adoptLanguage: setLanguage,
    }),
    [language, hasLocalChoice, chooseLanguage],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside I18nProvider');
  return value;
}
