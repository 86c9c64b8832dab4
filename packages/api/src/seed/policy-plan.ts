/** Where each demo partner's policy stands; the demo logins' own organisation is not listed. */
export type PolicyTarget = 'drafting' | 'in_review' | 'approved' | 'adopted' | 'published';

export interface PartnerPlan {
  target: PolicyTarget;
  /** The programme asked for changes once before the stage was reached. */
  revised?: boolean;
  /** Published partners: the campaign's due date (days from today) and how staff responded. */
  campaign?: { dueInDays: number; acknowledgedShare: number; refused: number };
}

/**
 * Two partners drafting, two in review, two approved, two adopted, five published and the rest
 * still invited: the programme's funnel as project staff would see it a few months in.
 */
export const POLICY_PLAN: Record<string, PartnerPlan> = {
  'tulpar-bank': { target: 'drafting' },
  samal: { target: 'drafting', revised: true },
  'dala-logistics': { target: 'in_review', revised: true },
  alatau: { target: 'in_review' },
  'altyn-tas': { target: 'approved' },
  'saryarka-med': { target: 'approved', revised: true },
  'kok-bazar': { target: 'adopted' },
  caspian: { target: 'adopted' },
  zhibek: { target: 'published', campaign: { dueInDays: 14, acknowledgedShare: 0.7, refused: 2 } },
  'aqtobe-agro': { target: 'published', campaign: { dueInDays: -6, acknowledgedShare: 0.55, refused: 1 } },
  'nur-pharm': { target: 'published', campaign: { dueInDays: -10, acknowledgedShare: 0.94, refused: 1 } },
  'dala-tech': { target: 'published', campaign: { dueInDays: 10, acknowledgedShare: 0.62, refused: 3 } },
  'zhetysu-ped': { target: 'published', campaign: { dueInDays: -3, acknowledgedShare: 0.92, refused: 1 } },
};

const ORDER: readonly string[] = ['draft', 'submitted', 'approved', 'adopted', 'published'];
const TARGET_STATUS: Record<PolicyTarget, string> = {
  drafting: 'draft',
  in_review: 'submitted',
  approved: 'approved',
  adopted: 'adopted',
  published: 'published',
};

/** Whether a version in `status` still has to move on to reach the plan's stage. */
export function beforeTarget(status: string, target: PolicyTarget): boolean {
  const at = ORDER.indexOf(status === 'changes_requested' ? 'draft' : status);
  return at < ORDER.indexOf(TARGET_STATUS[target]);
}
