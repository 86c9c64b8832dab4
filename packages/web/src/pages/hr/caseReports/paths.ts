export const CASE_REPORTS_PATH = '/hr/case-reports';
