import { shellHtml } from '../browser/document-shell.js';
import { fontFaceCss } from '../fonts/font-face-css.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';

let cached: string | undefined;

/** Every subset of both families: loaded once per page, decoded only where text needs it. */
export function documentShell(): string {
  cached ??= shellHtml(fontFaceCss(['sans', 'serif']), CONTENT_SECURITY_POLICY);
  return cached;
}
