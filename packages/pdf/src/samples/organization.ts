import type { Language } from '../schemas/common.js';
import type { OrganizationInput } from '../schemas/organization.js';

/** A plain shield shape: no <text>, because text inside an SVG image would use a system font. */
const LOGO_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="96" height="32" viewBox="0 0 96 32">' +
  '<path d="M16 2 L28 6 V16 C28 23 22 28 16 30 C10 28 4 23 4 16 V6 Z" fill="#1f4e79"/>' +
  '<path d="M11 16 L15 20 L22 11" stroke="#fff" stroke-width="2.5" fill="none"/>' +
  '<rect x="34" y="9" width="56" height="5" rx="2" fill="#1f4e79"/>' +
  '<rect x="34" y="18" width="40" height="4" rx="2" fill="#7a9cc6"/></svg>';

export const SAMPLE_LOGO_DATA_URL = `data:image/svg+xml;base64,${Buffer.from(LOGO_SVG).toString('base64')}`;

export const SAMPLE_BASE_URL = 'https://qorgau.example.kz';

const NAMES: Record<Language, { name: string; address: string }> = {
  kk: {
    name: '«Дала Өрнек» ЖШС',
    address: 'Қазақстан Республикасы, Алматы қ., Абай даңғылы, 150, 050046',
  },
  ru: {
    name: 'ТОО «Дала Өрнек»',
    address: 'Республика Казахстан, г. Алматы, пр. Абая, 150, 050046',
  },
  en: {
    name: 'Dala Ornek LLP',
    address: '150 Abai Avenue, Almaty 050046, Republic of Kazakhstan',
  },
};

export function sampleOrganization(language: Language, withLogo = true): OrganizationInput {
  return {
    ...NAMES[language],
    bin: '190840012345',
    timeZone: 'Asia/Almaty',
    ...(withLogo ? { logoDataUrl: SAMPLE_LOGO_DATA_URL } : {}),
  };
}
