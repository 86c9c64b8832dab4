import type { Language } from '@qorgau/core';
import { useCallback, useState } from 'react';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useI18n } from '../../i18n/I18nProvider';
import { languageOr } from '../../i18n/languages';

const STORAGE_KEY = 'qorgau.trainingLanguage';

function readStored(): Language | null {
  try {
    const value = window.sessionStorage.getItem(STORAGE_KEY);
    return value ? languageOr(value, 'kk') : null;
  } catch {
    return null;
  }
}

/**
 * The language the course is read in. It follows the interface until the person picks one for the
 * course, and the choice lasts across the overview, the modules and the quiz of this visit.
 */
export function useCourseLanguage(): [Language, (language: Language) => void] {
  const { language: interfaceLanguage } = useI18n();
  const [chosen, setChosen] = useState<Language | null>(readStored);
  const choose = useCallback((next: Language) => {
    setChosen(next);
    try {
      window.sessionStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this page only.
    }
  }, []);
  return [chosen ?? interfaceLanguage, choose];
}

export function CourseLanguage({
  language,
  onLanguage,
}: {
  language: Language;
  onLanguage: (language: Language) => void;
}) {
  const { m } = useI18n();
  return (
    <LanguageSwitch
      legend={m.training.my.language}
      language={language}
      onLanguage={onLanguage}
      testId="course-language"
    />
  );
}
