export const ROLES = ['project_staff', 'hr_officer', 'board_secretary', 'ethics_officer', 'member'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Every tenant-scoped action the API exposes. Each tRPC tenant procedure names exactly one of these,
 * and the permission-matrix test walks all of them.
 */
export const PERMISSIONS = [
  'organizations.viewAll',
  'organizations.create',
  'organizations.inviteOfficer',
  'organization.view',
  'units.read',
  'units.write',
  'people.read',
  'people.write',
  'people.invite',
  'invitations.read',
  'invitations.write',
  'outbox.read',
  'home.view',
  'documents.read',
  'documents.issue',
  'documents.readOwn',
  'policy.read',
  'policy.write',
  'policy.review',
  'policy.adopt',
  'policy.publish',
  'acknowledgement.own',
  'campaigns.read',
  'training.own',
  'training.read',
  'training.manage',
  'training.sessions',
  'training.author',
  'monitoring.read',
  'monitoring.writeTargets',
  'caseReports.read',
  'caseReports.write',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ALL_MEMBERS: readonly Role[] = ROLES;
const HR: readonly Role[] = ['hr_officer'];
const HR_AND_GOVERNANCE: readonly Role[] = ['hr_officer', 'board_secretary', 'ethics_officer'];
const PROGRAMME: readonly Role[] = ['project_staff'];

/** The one table that says which role may do what. */
export const PERMISSION_ROLES: Record<Permission, readonly Role[]> = {
  'organizations.viewAll': PROGRAMME,
  'organizations.create': PROGRAMME,
  'organizations.inviteOfficer': PROGRAMME,
  'organization.view': ALL_MEMBERS,
  'units.read': HR_AND_GOVERNANCE,
  'units.write': HR,
  'people.read': HR_AND_GOVERNANCE,
  'people.write': HR,
  'people.invite': HR,
  'invitations.read': HR,
  'invitations.write': HR,
  'outbox.read': PROGRAMME,
  'home.view': ALL_MEMBERS,
  'documents.read': HR_AND_GOVERNANCE,
  'documents.issue': HR,
  'documents.readOwn': ALL_MEMBERS,
  'policy.read': HR_AND_GOVERNANCE,
  'policy.write': HR,
  'policy.review': PROGRAMME,
  'policy.adopt': ['hr_officer', 'board_secretary'],
  'policy.publish': HR,
  'acknowledgement.own': ALL_MEMBERS,
  'campaigns.read': HR_AND_GOVERNANCE,
  'training.own': ALL_MEMBERS,
  'training.read': HR_AND_GOVERNANCE,
  'training.manage': HR,
  'training.sessions': ['hr_officer', 'project_staff'],
  'training.author': PROGRAMME,
  'monitoring.read': PROGRAMME,
  'monitoring.writeTargets': PROGRAMME,
  'caseReports.read': ['hr_officer', 'ethics_officer'],
  'caseReports.write': HR,
};

export function roleMayDo(roles: readonly Role[], permission: Permission): boolean {
  const allowed = PERMISSION_ROLES[permission];
  return roles.some((role) => allowed.includes(role));
}

export function permissionsOf(roles: readonly Role[]): Permission[] {
  return PERMISSIONS.filter((permission) => roleMayDo(roles, permission));
}
