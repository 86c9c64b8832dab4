import { isLanguage, type Language } from '@qorgau/core';
import { type Customization, parseCustomization } from '../../policy/customization';

export type Draft = { customization: Customization; authoritativeLanguage: Language };

/**
 * Unsaved edits are mirrored in localStorage until the server has them, so a reload, a crash or a
 * lost connection within the autosave delay does not lose them. Each copy remembers the revision it
 * was based on: it is only ever saved on top of that revision, never over someone else's.
 */
type Backup = { revision: number; draft: Draft };

const keyFor = (versionId: string) => `qorgau.policyDraft.${versionId}`;

export function readBackup(versionId: string): Backup | null {
  try {
    const raw = window.localStorage.getItem(keyFor(versionId));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { revision, draft } = parsed as {
      revision?: unknown;
      draft?: { customization?: unknown; authoritativeLanguage?: unknown };
    };
    if (typeof revision !== 'number' || !draft || !isLanguage(draft.authoritativeLanguage)) return null;
    return {
      revision,
      draft: {
        customization: parseCustomization(draft.customization, 'company'),
        authoritativeLanguage: draft.authoritativeLanguage,
      },
    };
  } catch {
    return null;
  }
}

export function writeBackup(versionId: string, revision: number, draft: Draft) {
  try {
    window.localStorage.setItem(keyFor(versionId), JSON.stringify({ revision, draft }));
  } catch {
    // Private modes and full storage refuse; autosave still runs, the copy is only a safety net.
  }
}

export function clearBackup(versionId: string) {
  try {
    window.localStorage.removeItem(keyFor(versionId));
  } catch {
    // See writeBackup.
  }
}

/** JSON with sorted keys: PostgreSQL's jsonb reorders keys, so plain JSON.stringify would differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sameDraft(a: Draft, b: Draft): boolean {
  return canonical(a) === canonical(b);
}
