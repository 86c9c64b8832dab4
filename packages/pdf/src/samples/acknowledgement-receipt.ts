import type { Language } from '../schemas/common.js';
import type { DocumentData } from '../schemas/render-request.js';
import { PEOPLE } from './people.js';
import { POLICY_SHA256, POLICY_TITLES, POLICY_VERSION } from './policy-text.js';

export function sampleAcknowledgementReceipt(language: Language): DocumentData<'acknowledgement-receipt'> {
  const employee = PEOPLE.employee[language];
  const acknowledgedAt = '2025-03-04T11:30:00+05:00';
  return {
    employee: { ...employee, employeeNumber: '00417' },
    policy: { title: POLICY_TITLES[language], version: POLICY_VERSION, publishedAt: '2025-03-01' },
    acknowledgedAt,
    acknowledgementLanguage: language,
    channel: 'web',
    policySha256: POLICY_SHA256,
    // The employee's own confirmation is what this receipt records.
    signature: { signerName: employee.fullName, signerPosition: employee.position, signedAt: acknowledgedAt },
  };
}
