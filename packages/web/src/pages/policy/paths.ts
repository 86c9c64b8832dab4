/** Route patterns of the policy pages; pages read their parameters with matchPath. */
export const POLICY_VERSION_PATH = '/hr/policy/:id';
export const REVIEW_VERSION_PATH = '/programme/review/:organizationId/:versionId';

export function policyVersionPath(id: string): string {
  return `/hr/policy/${encodeURIComponent(id)}`;
}

export function reviewVersionPath(organizationId: string, versionId: string): string {
  return `/programme/review/${encodeURIComponent(organizationId)}/${encodeURIComponent(versionId)}`;
}
