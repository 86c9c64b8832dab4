import type { Language } from '../schemas/common.js';
import type { DocumentData } from '../schemas/render-request.js';
import { PEOPLE } from './people.js';
import { POLICY_APPROVED_BY, POLICY_TEXT, POLICY_VERSION } from './policy-text.js';

export function samplePolicy(language: Language, parallelLanguage?: Language): DocumentData<'policy'> {
  const ceo = PEOPLE.ceo[language];
  return {
    version: POLICY_VERSION,
    effectiveDate: '2025-03-01',
    approvedBy: POLICY_APPROVED_BY[language],
    content: POLICY_TEXT,
    ...(parallelLanguage ? { parallelLanguage } : {}),
    signature: {
      signerName: ceo.fullName,
      signerPosition: ceo.position,
      signedAt: '2025-02-17T10:00:00+05:00',
    },
  };
}
