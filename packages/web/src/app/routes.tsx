import type { Permission } from '@qorgau/core';
import { type ComponentType, lazy } from 'react';
import { VERIFY_DOCUMENT_PATH } from '../lib/documentLinks';
import { AcceptInvitationPage } from '../pages/auth/AcceptInvitationPage';
import { ForgotPasswordPage } from '../pages/auth/ForgotPasswordPage';
import { LinkPage } from '../pages/auth/LinkPage';
import { ResetPasswordPage } from '../pages/auth/ResetPasswordPage';
import { SignInPage } from '../pages/auth/SignInPage';
import { HomePage } from '../pages/home/HomePage';
import { ADOPTION_VERSION_PATH } from '../pages/hr/adoption/paths';
import { DocumentsPage } from '../pages/hr/documents/DocumentsPage';
import { InvitationsPage } from '../pages/hr/InvitationsPage';
import { PeoplePage } from '../pages/hr/PeoplePage';
import { UnitsPage } from '../pages/hr/UnitsPage';
import { POLICY_VERSION_PATH, REVIEW_VERSION_PATH } from '../pages/policy/paths';
import { MyPolicyPage } from '../pages/portal/MyPolicyPage';
import { MY_POLICY_PATH } from '../pages/portal/types';
import { OutboxPage } from '../pages/programme/OutboxPage';
import { ProgrammePage } from '../pages/programme/ProgrammePage';
import { VerifyPage } from '../pages/verify/VerifyPage';
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
const ImportPage = lazy(() =>
  import('../pages/hr/import/ImportPage').then((module) => ({ default: module.ImportPage })),
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
  { path: '/home', access: 'member', permission: 'home.view', page: HomePage },
  { path: MY_POLICY_PATH, access: 'member', permission: 'acknowledgement.own', page: MyPolicyPage },
  // Public: the QR code on every issued document points at /verify/<publicId>, for anyone to open.
  { path: '/verify', access: 'public', page: VerifyPage },
  { path: VERIFY_DOCUMENT_PATH, access: 'public', page: VerifyPage },
];

export function matchRoute(pathname: string): RouteDef | undefined {
  return ROUTES.find((route) => matchPath(route.path, pathname) !== null);
}
