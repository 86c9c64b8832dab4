import type { Language } from '../schemas/common.js';
import type { ValidRenderRequest } from '../schemas/render-request.js';
import { monitoringChartsView } from './monitoring-charts.js';
import { lookupString, type Strings } from './strings.js';

const TITLE_KEYS = {
  'acknowledgement-receipt': 'receipt.title',
  'board-extract': 'boardExtract.title',
  'training-certificate': 'certificate.title',
  'acknowledgement-sheet': 'sheet.title',
  'monitoring-report': 'monitoring.title',
} as const;

export function documentTitle(request: ValidRenderRequest, strings: Strings): string {
  if (request.kind === 'policy') {
    // Validation guarantees text in the request's language.
    return (
      request.data.content[request.language]?.title ??
      lookupString(strings, request.language, 'policy.kindTitle')
    );
  }
  return lookupString(strings, request.language, TITLE_KEYS[request.kind]);
}

/** Values that would need awkward template logic: parallel policy rows, monitoring rates. */
export function documentView(request: ValidRenderRequest): Record<string, unknown> {
  switch (request.kind) {
    case 'policy':
      return policyView(request.language, request.data);
    case 'acknowledgement-sheet':
      return { count: request.data.entries.length, empty: request.data.entries.length === 0 };
    case 'monitoring-report':
      return monitoringChartsView(request.data.programme);
    default:
      return {};
  }
}

function policyView(language: Language, data: Extract<ValidRenderRequest, { kind: 'policy' }>['data']) {
  const primary = data.content[language];
  const secondaryLang = data.parallelLanguage;
  const secondary = secondaryLang ? data.content[secondaryLang] : undefined;
  if (!primary || !secondaryLang || !secondary) return { parallel: false, primary };
  return {
    parallel: true,
    primary,
    secondary,
    primaryLang: language,
    secondaryLang,
    rows: parallelRows(primary.sections, secondary.sections),
  };
}

type Section = { heading: string; paragraphs: string[] };

/**
 * One table row per paragraph pair rather than per section: Chromium moves a whole row to the next
 * page when it cannot split it well, and long section rows left half-empty pages.
 */
function parallelRows(left: Section[], right: Section[]) {
  return left.flatMap((section, index) => {
    const other = right[index];
    const count = Math.max(section.paragraphs.length, other?.paragraphs.length ?? 0);
    return Array.from({ length: count }, (_, row) => ({
      number: index + 1,
      first: row === 0,
      primary: { heading: section.heading, paragraph: section.paragraphs[row] },
      secondary: { heading: other?.heading, paragraph: other?.paragraphs[row] },
    }));
  });
}
