/**
 * The agreed terms from shared/policy-standards.md as patterns that tolerate inflection (Russian and
 * Kazakh endings), so a test can check that where the English text uses a term, the other languages use the
 * agreed equivalent rather than a synonym.
 */
export interface Term {
  en: RegExp;
  ru: RegExp;
  kk: RegExp;
}

export const TERMS: readonly Term[] = [
  { en: /sexual harassment/i, ru: /сексуальн\p{L}* домогательств/iu, kk: /жыныстық қудалау/iu },
  { en: /gender-based violence/i, ru: /гендерн\p{L}* насили/iu, kk: /гендерлік зорлық-зомбылық/iu },
  { en: /\bviolence\b/i, ru: /насили/iu, kk: /зорлық-зомбылық/iu },
  { en: /\bharassment\b/i, ru: /домогательств/iu, kk: /қудалау/iu },
  { en: /discrimination/i, ru: /дискриминаци/iu, kk: /кемсітушілік/iu },
  {
    en: /abuse of authority/i,
    ru: /злоупотреблени\p{L}* полномочиями/iu,
    kk: /өкілеттікті теріс пайдалану/iu,
  },
  { en: /corporate policy/i, ru: /корпоративн\p{L}* политик/iu, kk: /корпоративтік саясат/iu },
  {
    en: /acknowledgement with signature/i,
    ru: /ознакомлени\p{L}* под роспись/iu,
    kk: /қол қойғыза отырып таныстыр/iu,
  },
  { en: /academic council/i, ru: /учён\p{L}* совет/iu, kk: /ғылыми кеңес/iu },
  { en: /board of directors/i, ru: /совет\p{L}* директоров/iu, kk: /директорлар кеңес/iu },
  { en: /\border\b/i, ru: /приказ/iu, kk: /бұйрық/iu },
  { en: /complainant/i, ru: /заявител/iu, kk: /шағым беруші/iu },
  { en: /witness/i, ru: /свидетел/iu, kk: /куә/iu },
  { en: /confidential/i, ru: /конфиденциальн/iu, kk: /құпия/iu },
  { en: /investigation/i, ru: /служебн\p{L}* расследовани/iu, kk: /қызметтік тергеп-тексеру/iu },
  { en: /interim measures/i, ru: /временн\p{L}* мер/iu, kk: /уақытша шара/iu },
  { en: /disciplinary sanction/i, ru: /дисциплинарн\p{L}* взыскани/iu, kk: /тәртіптік жаза/iu },
  { en: /training/i, ru: /обучени/iu, kk: /оқыту/iu },
  { en: /ethics commissioner/i, ru: /уполномоченн\p{L}* по этике/iu, kk: /әдеп жөніндегі уәкіл/iu },
  { en: /digital signature/i, ru: /ЭЦП/u, kk: /ЭЦҚ/u },
  { en: /personal data/i, ru: /персональн\p{L}* данн/iu, kk: /дербес дерек/iu },
];
