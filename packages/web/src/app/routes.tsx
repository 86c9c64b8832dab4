import type { Permission } from '@qorgau/core';
import { type ComponentType, lazy } from 'react';
import { VERIFY_DOCUMENT_PATH } from '../lib/documentLinks';
import { LinkPage } from '../pages/auth/LinkPage';
import { HomePage } from '../pages/home/HomePage';
import { ADOPTION_VERSION_PATH } from '../pages/hr/adoption/paths';
import { CASE_REPORTS_PATH } from '../pages/hr/caseReports/paths';
import { POLICY_VERSION_PATH, REVIEW_VERSION_PATH } from '../pages/policy/paths';
import { MyPolicyPage } from '../pages/portal/MyPolicyPage';
import { MY_POLICY_PATH } from '../pages/portal/types';
import { MONITORING_PATH, PARTNER_PATH } from '../pages/programme/monitoring/paths';
import {
  HR_TRAINING_PATH,
  MY_TRAINING_MODULE_PATH,
  MY_TRAINING_PATH,
  MY_TRAINING_QUIZ_PATH,
} from '../pages/training/paths';
import { matchPath } from './router';

/** guest: only when signed out (signed-in people are sent to their start page); member: needs a session. */
export type Access = 'public' | 'guest' | 'member';

export type RouteDef = {
  /** Exact path, or a pattern with ":name" segments that the page reads with matchPath. */
  path: string;
  access: Access;
  permission?: Permission;
  page: ComponentType;
  narrow?: boolean;
};

// The policy editor and the review pages are large and used by few people: they load on first visit.
const PolicyVersionsPage = lazy(() =>
  import('../pages/hr/policy/PolicyVersionsPage').then((module) => ({ default: module.PolicyVersionsPage })),
);
const PolicyEditorPage = lazy(() =>
  import('../pages/hr/policy/PolicyEditorPage').then((module) => ({ default: module.PolicyEditorPage })),
);
const ReviewQueuePage = lazy(() =>
  import('../pages/programme/review/ReviewQueuePage').then((module) => ({ default: module.ReviewQueuePage })),
);
const ReviewPage = lazy(() =>
  import('../pages/programme/review/ReviewPage').then((module) => ({ default: module.ReviewPage })),
);
const ModelsPage = lazy(() =>
  import('../pages/programme/review/ModelsPage').then((module) => ({ default: module.ModelsPage })),
);
// Adoption, publication and import are HR's occasional work: they load on first visit too. The staff
// portal (/my-policy) is what most people open, so it stays in the main bundle.
const AdoptionIndexPage = lazy(() =>
  import('../pages/hr/adoption/AdoptionIndexPage').then((module) => ({ default: module.AdoptionIndexPage })),
);
const AdoptionPage = lazy(() =>
  import('../pages/hr/adoption/AdoptionPage').then((module) => ({ default: module.AdoptionPage })),
);
const CampaignsPage = lazy(() =>
  import('../pages/hr/campaigns/CampaignsPage').then((module) => ({ default: module.CampaignsPage })),
);
// Programme monitoring and the quarterly case report: a few people, a few times a week.
const MonitoringPage = lazy(() =>
  import('../pages/programme/monitoring/MonitoringPage').then((module) => ({
    default: module.MonitoringPage,
  })),
);
const PartnerPage = lazy(() =>
  import('../pages/programme/monitoring/PartnerPage').then((module) => ({ default: module.PartnerPage })),
);
const CaseReportsPage = lazy(() =>
  import('../pages/hr/caseReports/CaseReportsPage').then((module) => ({ default: module.CaseReportsPage })),
);
// The course player and HR's training pages load on first visit, like the other occasional pages.
const MyTrainingPage = lazy(() =>
  import('../pages/training/MyTrainingPage').then((module) => ({ default: module.MyTrainingPage })),
);
const TrainingModulePage = lazy(() =>
  import('../pages/training/ModulePage').then((module) => ({ default: module.ModulePage })),
);
const TrainingQuizPage = lazy(() =>
  import('../pages/training/QuizPage').then((module) => ({ default: module.QuizPage })),
);
const HrTrainingPage = lazy(() =>
  import('../pages/training/hr/HrTrainingPage').then((module) => ({ default: module.HrTrainingPage })),
);
const ImportPage = lazy(() =>
  import('../pages/hr/import/ImportPage').then((module) => ({ default: module.ImportPage })),
);

// The password pages validate with the server's zod schemas; loading them on first visit keeps zod
// out of the portal's first download (the emailed single-use link signs staff in without them).
const AcceptInvitationPage = lazy(() =>
  import('../pages/auth/AcceptInvitationPage').then((module) => ({ default: module.AcceptInvitationPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../pages/auth/ForgotPasswordPage').then((module) => ({ default: module.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../pages/auth/ResetPasswordPage').then((module) => ({ default: module.ResetPasswordPage })),
);
const SignInPage = lazy(() =>
  import('../pages/auth/SignInPage').then((module) => ({ default: module.SignInPage })),
);
// HR's and the programme team's everyday pages, and the public verification page, are not part of
// the staff portal (/my-policy, reached from the emailed link), which most people open on a phone:
// they load on first visit so the portal's first download stays small.
const DocumentsPage = lazy(() =>
  import('../pages/hr/documents/DocumentsPage').then((module) => ({ default: module.DocumentsPage })),
);
const InvitationsPage = lazy(() =>
  import('../pages/hr/InvitationsPage').then((module) => ({ default: module.InvitationsPage })),
);
const PeoplePage = lazy(() =>
  import('../pages/hr/PeoplePage').then((module) => ({ default: module.PeoplePage })),
);
const UnitsPage = lazy(() =>
  import('../pages/hr/UnitsPage').then((module) => ({ default: module.UnitsPage })),
);
const OutboxPage = lazy(() =>
  import('../pages/programme/OutboxPage').then((module) => ({ default: module.OutboxPage })),
);
const ProgrammePage = lazy(() =>
  import('../pages/programme/ProgrammePage').then((module) => ({ default: module.ProgrammePage })),
);
const VerifyPage = lazy(() =>
  import('../pages/verify/VerifyPage').then((module) => ({ default: module.VerifyPage })),
);

export const ROUTES: RouteDef[] = [
  { path: '/signin', access: 'guest', page: SignInPage, narrow: true },
  { path: '/forgot', access: 'guest', page: ForgotPasswordPage, narrow: true },
  { path: '/reset', access: 'public', page: ResetPasswordPage, narrow: true },
  { path: '/invite', access: 'public', page: AcceptInvitationPage, narrow: true },
  // The single-use sign-in link in campaign emails.
  { path: '/link', access: 'public', page: LinkPage, narrow: true },
  { path: '/programme', access: 'member', permission: 'organizations.viewAll', page: ProgrammePage },
  { path: '/programme/outbox', access: 'member', permission: 'outbox.read', page: OutboxPage },
  { path: '/programme/review', access: 'member', permission: 'policy.review', page: ReviewQueuePage },
  { path: REVIEW_VERSION_PATH, access: 'member', permission: 'policy.review', page: ReviewPage },
  { path: '/programme/models', access: 'member', permission: 'policy.review', page: ModelsPage },
  { path: MONITORING_PATH, access: 'member', permission: 'monitoring.read', page: MonitoringPage },
  { path: PARTNER_PATH, access: 'member', permission: 'monitoring.read', page: PartnerPage },
  { path: '/hr/people', access: 'member', permission: 'people.read', page: PeoplePage },
  { path: '/hr/import', access: 'member', permission: 'people.write', page: ImportPage },
  { path: '/hr/units', access: 'member', permission: 'units.read', page: UnitsPage },
  { path: '/hr/invitations', access: 'member', permission: 'invitations.read', page: InvitationsPage },
  { path: '/hr/documents', access: 'member', permission: 'documents.read', page: DocumentsPage },
  { path: '/hr/policy', access: 'member', permission: 'policy.read', page: PolicyVersionsPage },
  { path: POLICY_VERSION_PATH, access: 'member', permission: 'policy.read', page: PolicyEditorPage },
  { path: '/hr/adoption', access: 'member', permission: 'policy.read', page: AdoptionIndexPage },
  { path: ADOPTION_VERSION_PATH, access: 'member', permission: 'policy.read', page: AdoptionPage },
  { path: '/hr/campaigns', access: 'member', permission: 'campaigns.read', page: CampaignsPage },
  { path: CASE_REPORTS_PATH, access: 'member', permission: 'caseReports.read', page: CaseReportsPage },
  { path: '/home', access: 'member', permission: 'home.view', page: HomePage },
  { path: MY_POLICY_PATH, access: 'member', permission: 'acknowledgement.own', page: MyPolicyPage },
  { path: MY_TRAINING_PATH, access: 'member', permission: 'training.own', page: MyTrainingPage },
  { path: MY_TRAINING_MODULE_PATH, access: 'member', permission: 'training.own', page: TrainingModulePage },
  { path: MY_TRAINING_QUIZ_PATH, access: 'member', permission: 'training.own', page: TrainingQuizPage },
  { path: HR_TRAINING_PATH, access: 'member', permission: 'training.read', page: HrTrainingPage },
  // Public: the QR code on every issued document points at /verify/<publicId>, for anyone to open.
  { path: '/verify', access: 'public', page: VerifyPage },
  { path: VERIFY_DOCUMENT_PATH, access: 'public', page: VerifyPage },
];

export function matchRoute(pathname: string): RouteDef | undefined {
  return ROUTES.find((route) => matchPath(route.path, pathname) !== null);
}
