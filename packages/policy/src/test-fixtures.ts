// Shared by the *.test.ts files; not exported from the package.
import type { CustomizationInput } from './customization.js';
import { loadModelPolicy } from './load-model.js';
import { buildModelPolicy, type ModelPolicy, type TemplateSources } from './model.js';
import { LANGUAGES, type Language, type OrganisationKind } from './types.js';

export const model = (): ModelPolicy => loadModelPolicy();

const ml = (kk: string, ru: string, en: string) => ({ kk, ru, en });

/** Every required variable filled, everything else at the model's defaults. */
export function filledCustomization(kind: OrganisationKind): CustomizationInput {
  return {
    organisationKind: kind,
    values: {
      organisationName: ml('«Мысал» АҚ', 'АО «Пример»', 'Example JSC'),
      responsibleUnit: ml('Персоналды басқару қызметі', 'Служба управления персоналом', 'HR department'),
      workersRepresentatives: ml('«Мысал» кәсіподағы', 'профсоюз «Пример»', 'Example trade union'),
      studentRepresentatives: ml('Студенттер кеңесі', 'Студенческий совет', 'Student council'),
      effectiveDate: '2026-01-15',
      ethicsCommissionerName: 'Айгүл Серікқызы',
      ethicsCommissionerEmail: 'ethics@example.kz',
      ethicsCommissionerPhone: '+7 727 000 00 00',
      reportingEmail: 'report@example.kz',
      reportingAddress: ml('Абай даңғылы, 1, 105-кабинет', 'пр. Абая, 1, каб. 105', '1 Abai Ave, room 105'),
      deputyCommissionerName: 'Ержан Қалиев',
      deputyCommissionerEmail: 'deputy@example.kz',
      anonymousChannelUrl: 'https://report.example.kz/anon',
      leaderName: 'Дана Ахметова',
      leaderPosition: ml('Басқарма төрағасы', 'Председатель Правления', 'Chair of the Management Board'),
    },
  };
}

export function withValues(base: CustomizationInput, values: Record<string, unknown>): CustomizationInput {
  return { ...base, values: { ...base.values, ...values } as CustomizationInput['values'] };
}

export function sourcesOf(m: ModelPolicy): Record<Language, Record<string, string>> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, Object.fromEntries(m.sources[lang])])) as Record<
    Language,
    Record<string, string>
  >;
}

/** A copy of the model with edits applied to its manifest and templates, built without touching disk. */
export function variantModel(
  m: ModelPolicy,
  edit: (manifest: Record<string, unknown>, sources: Record<Language, Record<string, string>>) => void,
): ModelPolicy {
  const manifest = structuredClone(m.manifest) as unknown as Record<string, unknown>;
  const sources = sourcesOf(m);
  edit(manifest, sources);
  return buildModelPolicy(manifest, sources as TemplateSources);
}
