export const MONITORING_PATH = '/programme/monitoring';
export const PARTNER_PATH = '/programme/monitoring/:organizationId';

export function partnerPath(organizationId: string): string {
  return `${MONITORING_PATH}/${encodeURIComponent(organizationId)}`;
}
