import type { Messages } from '../../../i18n/messages';

/** The API types kinds as plain strings; kinds added later fall back to the document's own title. */
export function kindLabel(m: Messages, kind: string, fallback: string): string {
  const kinds: Record<string, string> = m.documents.kinds;
  return Object.hasOwn(kinds, kind) ? (kinds[kind] ?? fallback) : fallback;
}

/** Enough of a SHA-256 to tell documents apart at a glance; the full value is copied and in the title. */
export function shortHash(sha256: string): string {
  return `${sha256.slice(0, 12)}…`;
}
