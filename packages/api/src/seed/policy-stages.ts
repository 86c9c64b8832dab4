import {
  publishPolicyInput,
  recordAdoptionInput,
  reviewCommentInput,
  reviewDecisionInput,
  saveDraftInput,
  submitPolicyInput,
} from '@qorgau/core';
import { type Db, policyRepository, type TenantTx } from '@qorgau/db';
import type { AppDeps } from '../deps.js';
import { publishVersion } from '../services/acknowledgement/publish.js';
import { recordAdoption } from '../services/adoption/record-adoption.js';
import { decideReview, reviewComment } from '../services/policy/review.js';
import { saveDraft, startDraft, submitVersion } from '../services/policy/versions.js';
import { asTenant, seedActor } from './as-tenant.js';
import type { DemoOrganization } from './organizations.js';
import { beforeTarget, type PartnerPlan } from './policy-plan.js';
import { draftValues, filledValues } from './policy-values.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PartnerStory {
  organization: DemoOrganization;
  tenantId: string;
  /** The partner's HR demo account, when it has one; otherwise the steps carry no user. */
  hrUserId: string | null;
  programme: { tenantId: string; userId: string };
  plan: PartnerPlan;
  now: Date;
  deps: AppDeps;
}

function day(story: PartnerStory, offset: number): string {
  return new Date(story.now.getTime() + offset * DAY_MS).toISOString().slice(0, 10);
}

/** Published partners met a month ago, adopted ones a fortnight ago, the rest meet later. */
function meetingOffset(plan: PartnerPlan): number {
  return plan.target === 'published' ? -30 : plan.target === 'adopted' ? -14 : 21;
}

function languageOf(organization: DemoOrganization) {
  return organization.defaultLanguage === 'kk' ? 'kk' : 'ru';
}

/** A step taken by the partner's HR officer, in the partner's tenant. */
function asHr<T>(ownerDb: Db, story: PartnerStory, work: (tx: TenantTx) => Promise<T>) {
  return asTenant(ownerDb, { tenantId: story.tenantId, userId: story.hrUserId }, work);
}

function customization(story: PartnerStory, base: object, complete: boolean) {
  const effectiveDate = day(story, meetingOffset(story.plan) + 7);
  const values = complete ? filledValues(story.organization, effectiveDate) : draftValues(story.organization);
  return { ...base, values };
}

async function fillAndMaybeSubmit(ownerDb: Db, story: PartnerStory, versionId: string, submit: boolean) {
  const actor = seedActor(story.hrUserId);
  await asHr(ownerDb, story, async (tx) => {
    const version = await policyRepository.findPolicyVersion(tx, versionId);
    if (!version) return;
    const saved = await saveDraft(
      tx,
      story.tenantId,
      actor,
      saveDraftInput.parse({
        id: versionId,
        revision: version.revision,
        customization: customization(story, version.customization as object, submit),
        authoritativeLanguage: languageOf(story.organization),
      }),
    );
    if (submit)
      await submitVersion(
        tx,
        story.tenantId,
        actor,
        submitPolicyInput.parse({ id: versionId, revision: saved.revision }),
      );
  });
}

/**
 * The programme's reviewer, in the NGO's tenant. The review services open the partner's side on the
 * pool they are given (here the owner's), where they only touch the version by its id.
 */
async function review(ownerDb: Db, story: PartnerStory, versionId: string, approve: boolean) {
  const actor = seedActor(story.programme.userId);
  const target = { organizationId: story.tenantId, versionId };
  await asTenant(ownerDb, story.programme, async (tx) => {
    if (!approve) {
      const comment = reviewCommentInput.parse({
        ...target,
        clauseId: 'confidentiality',
        body: 'Укажите, кто имеет доступ к материалам дела.',
      });
      await reviewComment(tx, ownerDb, story.programme.tenantId, actor, comment);
    }
    const decision = reviewDecisionInput.parse({
      ...target,
      decision: approve ? 'approve' : 'requestChanges',
      ...(approve ? {} : { note: 'См. комментарий к разделу о конфиденциальности.' }),
    });
    await decideReview(tx, ownerDb, story.programme.tenantId, actor, decision);
  });
}

function adoptionInput(story: PartnerStory, versionId: string) {
  const { organization, plan } = story;
  const meeting = meetingOffset(plan);
  const body =
    organization.kind === 'university'
      ? 'academic_council'
      : organization.names.en.endsWith('LLP')
        ? 'participants_meeting'
        : 'board_of_directors';
  const members = ['Әлия Нұрланқызы', 'Борис Ким', 'Ғалым Төлеуов', 'Светлана Петренко', 'Нұржан Әбілов'];
  return recordAdoptionInput.parse({
    versionId,
    body,
    meetingForm: 'in_person',
    meetingDate: day(story, meeting),
    place: organization.defaultLanguage === 'kk' ? 'Астана' : 'Алматы',
    minutesNumber: String(3 + (organization.people % 7)),
    members: members.map((fullName, index) => ({
      fullName,
      attended: index < 4,
      vote: index < 4 ? (index === 3 ? 'abstain' : 'for') : null,
    })),
    chairName: members[0],
    secretaryName: members[1],
    effectiveDate: day(story, meeting + 7),
    responsibleOfficer:
      organization.defaultLanguage === 'kk' ? 'Персоналды басқару қызметі' : 'Служба управления персоналом',
    familiarisationDeadline: day(story, plan.campaign ? plan.campaign.dueInDays : meeting + 45),
    extractLanguage: languageOf(organization),
  });
}

/**
 * One step along the partner's road, through the services the app's procedures call, each in its
 * own transaction as it would happen in the app. Returns false once the plan's stage is reached,
 * so a second run (or one resumed after an interruption) only does what is left.
 */
async function nextStep(ownerDb: Db, story: PartnerStory): Promise<boolean> {
  const { plan } = story;
  const actor = seedActor(story.hrUserId);
  const latest = await asHr(ownerDb, story, async (tx) => {
    const version = (await policyRepository.listPolicyVersions(tx))[0];
    if (!version) return null;
    const history = await policyRepository.listPolicyStateChanges(tx, version.id);
    return { ...version, revised: history.some((change) => change.to === 'changes_requested') };
  });
  if (!latest) {
    await asHr(ownerDb, story, (tx) => startDraft(tx, story.tenantId, actor));
    return true;
  }
  const wanted = plan.revised && !latest.revised ? 'in_review' : plan.target;
  switch (latest.status) {
    case 'draft':
    case 'changes_requested': {
      if (!beforeTarget(latest.status, wanted)) {
        if (latest.revision > 1 || latest.status === 'changes_requested') return false;
        await fillAndMaybeSubmit(ownerDb, story, latest.id, false);
        return true;
      }
      await fillAndMaybeSubmit(ownerDb, story, latest.id, true);
      return true;
    }
    case 'submitted':
      if (plan.revised && !latest.revised) {
        await review(ownerDb, story, latest.id, false);
        return true;
      }
      if (!beforeTarget(latest.status, plan.target)) return false;
      await review(ownerDb, story, latest.id, true);
      return true;
    case 'approved':
      if (!beforeTarget(latest.status, plan.target)) return false;
      await asHr(ownerDb, story, (tx) =>
        recordAdoption(tx, story.deps, story.tenantId, actor, adoptionInput(story, latest.id)),
      );
      return true;
    case 'adopted':
      if (!beforeTarget(latest.status, plan.target)) return false;
      await asHr(ownerDb, story, (tx) =>
        publishVersion(
          tx,
          story.tenantId,
          actor,
          publishPolicyInput.parse({
            versionId: latest.id,
            dueDate: day(story, plan.campaign?.dueInDays ?? 30),
            audience: {},
          }),
        ),
      );
      return true;
    default:
      return false;
  }
}

/** Walks the partner's policy to the plan's stage; true when anything had to be done. */
export async function playPolicyStory(ownerDb: Db, story: PartnerStory): Promise<boolean> {
  let moved = false;
  // Bounded: the longest road (with one round of changes) has eight steps.
  for (let step = 0; step < 12; step += 1) {
    if (!(await nextStep(ownerDb, story))) return moved;
    moved = true;
  }
  return moved;
}
