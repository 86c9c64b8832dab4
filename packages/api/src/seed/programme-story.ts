import type { Db } from '@qorgau/db';
import { canActAsApp, seedDeps } from './as-tenant.js';
import { seedCampaignResponses } from './campaign-responses.js';
import { seedCaseReports } from './case-reports.js';
import { stableUuid } from './deterministic.js';
import { DEMO_LOGINS } from './logins.js';
import type { DemoOrganization } from './organizations.js';
import { POLICY_PLAN } from './policy-plan.js';
import { type PartnerStory, playPolicyStory } from './policy-stages.js';

function hrUserOf(organization: DemoOrganization): string | null {
  const login = DEMO_LOGINS.find(
    (candidate) => candidate.organizationKey === organization.key && candidate.role === 'hr_officer',
  );
  return login ? stableUuid(`user:${login.email}`) : null;
}

/**
 * Moves the demo partners along the programme's road (see POLICY_PLAN) with the app's own services,
 * then lets staff respond to the published policies and HR report their cases. Returns how many
 * partners needed any of it, so a second run reports zero.
 */
export async function seedProgrammeStory(
  ownerDb: Db,
  organizations: readonly DemoOrganization[],
  now = new Date(),
): Promise<number> {
  const programmeLogin = DEMO_LOGINS.find((login) => login.role === 'project_staff');
  if (!programmeLogin || !(await canActAsApp(ownerDb))) return 0;
  const programme = {
    tenantId: stableUuid(`org:${programmeLogin.organizationKey}`),
    userId: stableUuid(`user:${programmeLogin.email}`),
  };
  const deps = seedDeps(ownerDb);
  let partners = 0;
  try {
    for (const [index, organization] of organizations.entries()) {
      const plan = POLICY_PLAN[organization.key];
      if (!plan) continue;
      const story: PartnerStory = {
        organization,
        tenantId: stableUuid(`org:${organization.key}`),
        hrUserId: hrUserOf(organization),
        programme,
        plan,
        now,
        deps,
      };
      const moved = await playPolicyStory(ownerDb, story);
      const responded = await seedCampaignResponses(ownerDb, story, 7000 + index);
      const reported = await seedCaseReports(ownerDb, story, 9000 + index);
      if (moved || responded || reported) partners += 1;
    }
  } finally {
    await deps.jobs?.stop();
  }
  return partners;
}
