import type { SafeString } from 'handlebars';
import type { Language } from '../schemas/common.js';
import type { DocumentKind } from '../schemas/render-request.js';

/** What every template sees at @root. `data` is the kind's validated payload. */
export interface TemplateContext {
  lang: Language;
  csp: string;
  timeZone: string;
  kind: DocumentKind;
  pageSize: 'A4' | 'A4 landscape';
  fontCss: SafeString;
  styles: SafeString;
  organization: { name: string; bin?: string | undefined; address?: string | undefined };
  /** CSS `url(...)` for the header logo, already escaped; absent when no logo was given. */
  logoCss?: SafeString | undefined;
  document: { id: string; title: string; verifyUrl: string; qrDataUrl: string };
  seal?: { certificateSubject: string; development: boolean } | undefined;
  data: unknown;
  /** Kind-specific values computed in TypeScript rather than in template logic. */
  view: Record<string, unknown>;
}
