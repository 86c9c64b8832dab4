export const ADOPTION_PATH = '/hr/adoption';
export const ADOPTION_VERSION_PATH = '/hr/adoption/:versionId';
export const CAMPAIGNS_PATH = '/hr/campaigns';

export function adoptionPath(versionId: string): string {
  return `/hr/adoption/${encodeURIComponent(versionId)}`;
}

/** The campaigns page with a version preselected in the publish form. */
export function publishPath(versionId: string): string {
  return `${CAMPAIGNS_PATH}?publish=${encodeURIComponent(versionId)}`;
}
