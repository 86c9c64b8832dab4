import { createHash } from 'node:crypto';
import { type Language, notFound } from '@qorgau/core';
import { organizationsRepository, usersRepository, withTenant } from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import type { Actor } from '../audit.js';
import { recordAudit } from '../audit.js';
import { issueDocument } from '../documents/issue-document.js';
import { donorReportData } from './donor-report-data.js';
import { DONOR_REPORT_TITLE } from './labels.js';

export function reportPeriod(now: Date, input: { from?: string | undefined; to?: string | undefined }) {
  const today = now.toISOString().slice(0, 10);
  return { from: input.from ?? `${today.slice(0, 4)}-01-01`, to: input.to ?? today };
}

/**
 * The donor report: read in the programme's tenant transaction through the audited functions,
 * rendered and signed outside it, recorded as an NGO document verifiable at /verify. The same
 * figures give back the same document.
 */
export async function issueDonorReport(
  deps: AppDeps,
  scope: { tenantId: string; userId: string },
  actor: Actor,
  input: { language: Language; from?: string | undefined; to?: string | undefined },
) {
  const now = deps.clock();
  const period = reportPeriod(now, input);
  const loaded = await withTenant(deps.db, scope, async (tx) => {
    const data = await donorReportData(tx, input.language, period, now);
    await recordAudit(tx, scope.tenantId, actor, 'programme.monitoringViewed', undefined, {
      view: 'donorReport',
      ...period,
    });
    return {
      data,
      organization: await organizationsRepository.currentOrganization(tx),
      signer: await usersRepository.findUserById(tx, scope.userId),
    };
  });
  const { data, organization, signer } = loaded;
  if (!organization || !signer) throw notFound('organization');
  const programme = {
    indicators: data.indicators.map(({ label, value, target, met }) => ({ label, value, target, met })),
    funnel: data.funnel,
    trend: data.trend,
    partners: data.partnerRows.map(({ stageIndex: _stage, ...row }) => row),
    caseReports: data.caseReports,
  };
  const fingerprint = createHash('sha256').update(JSON.stringify({ period, programme })).digest('hex');
  const names = { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en };
  const outcome = await issueDocument(deps, {
    tenantId: scope.tenantId,
    kind: 'monitoring-report',
    language: input.language,
    title: DONOR_REPORT_TITLE[input.language],
    subjectLabel: `${period.from} – ${period.to}`,
    personId: null,
    batchId: null,
    idempotencyKey: `donor:${input.language}:${fingerprint.slice(0, 32)}`,
    sample: false,
    issuedBy: scope.userId,
    buildRequest: (documentId, verifyUrl) => ({
      kind: 'monitoring-report',
      language: input.language,
      documentId,
      verifyUrl,
      organization: { name: names[input.language], bin: organization.bin, timeZone: 'Asia/Almaty' },
      data: {
        period: { from: period.from, to: period.to },
        generatedAt: now,
        headcount: data.totals.covered,
        acknowledged: data.totals.acknowledged,
        trained: data.totals.trained,
        programme,
        signature: { signerName: signer.full_name, signedAt: now },
      },
    }),
  });
  return { documentId: outcome.documentId, publicId: outcome.publicId };
}
