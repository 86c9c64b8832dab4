import type { Permission } from '@qorgau/core';
import type { ComponentType } from 'react';
import { VERIFY_DOCUMENT_PATH } from '../lib/documentLinks';
import { AcceptInvitationPage } from '../pages/auth/AcceptInvitationPage';
import { ForgotPasswordPage } from '../pages/auth/ForgotPasswordPage';
import { ResetPasswordPage } from '../pages/auth/ResetPasswordPage';
import { SignInPage } from '../pages/auth/SignInPage';
import { HomePage } from '../pages/home/HomePage';
import { DocumentsPage } from '../pages/hr/documents/DocumentsPage';
import { InvitationsPage } from '../pages/hr/InvitationsPage';
import { PeoplePage } from '../pages/hr/PeoplePage';
import { UnitsPage } from '../pages/hr/UnitsPage';
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

export const ROUTES: RouteDef[] = [
  { path: '/signin', access: 'guest', page: SignInPage, narrow: true },
  { path: '/forgot', access: 'guest', page: ForgotPasswordPage, narrow: true },
  { path: '/reset', access: 'public', page: ResetPasswordPage, narrow: true },
  { path: '/invite', access: 'public', page: AcceptInvitationPage, narrow: true },
  { path: '/programme', access: 'member', permission: 'organizations.viewAll', page: ProgrammePage },
  { path: '/programme/outbox', access: 'member', permission: 'outbox.read', page: OutboxPage },
  { path: '/hr/people', access: 'member', permission: 'people.read', page: PeoplePage },
  { path: '/hr/units', access: 'member', permission: 'units.read', page: UnitsPage },
  { path: '/hr/invitations', access: 'member', permission: 'invitations.read', page: InvitationsPage },
  { path: '/hr/documents', access: 'member', permission: 'documents.read', page: DocumentsPage },
  { path: '/home', access: 'member', permission: 'home.view', page: HomePage },
  // Public: the QR code on every issued document points at /verify/<publicId>, for anyone to open.
  { path: '/verify', access: 'public', page: VerifyPage },
  { path: VERIFY_DOCUMENT_PATH, access: 'public', page: VerifyPage },
];

export function matchRoute(pathname: string): RouteDef | undefined {
  return ROUTES.find((route) => matchPath(route.path, pathname) !== null);
}
