import type { Language } from '@qorgau/core';
import { type RenderRequest, sampleRequest } from '@qorgau/pdf';
import type { IssuableKind } from './titles.js';

export interface DocumentSubject {
  fullName: string;
  position: string | null;
  unitName: string | null;
  number: string | null;
}

export interface DocumentOrganization {
  name: string;
  bin: string;
}

/**
 * Until trainings and acknowledgements exist, a batch fills the layouts' sample content (course,
 * policy) with a real person and organisation. Such documents are flagged `sample` and say so at
 * /verify, so they can never pass for evidence.
 */
export function sampleDocumentRequest(
  kind: IssuableKind,
  language: Language,
  subject: DocumentSubject,
  organization: DocumentOrganization,
  documentId: string,
  verifyUrl: string,
): RenderRequest {
  const base = sampleRequest(kind, language, { documentId, withLogo: false });
  const person = {
    fullName: subject.fullName,
    ...(subject.position ? { position: subject.position } : {}),
    ...(subject.unitName ? { department: subject.unitName } : {}),
  };
  const org = { ...base.organization, name: organization.name, bin: organization.bin };
  if (base.kind === 'training-certificate') {
    return { ...base, verifyUrl, organization: org, data: { ...base.data, participant: person } };
  }
  if (base.kind === 'acknowledgement-receipt') {
    const employee = { ...person, ...(subject.number ? { employeeNumber: subject.number } : {}) };
    return { ...base, verifyUrl, organization: org, data: { ...base.data, employee } };
  }
  throw new Error(`no sample request for ${kind}`);
}
