import type { Messages } from '../../../i18n/messages';
import { translateFieldMessage } from '../../../lib/errors';

function lookup(table: Record<string, string>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * Words for a field's message key. The case report's own rules (sums, limits), the donor report's
 * period and the bounds the shared dictionary lacks live in the monitoring section; everything else
 * is the app-wide field message.
 */
export function fieldErrorText(m: Messages, key: string | undefined): string | undefined {
  if (!key) return undefined;
  if (key.startsWith('caseReports.')) {
    const own = lookup(m.monitoring.caseReports.errors, key.slice('caseReports.'.length));
    if (own) return own;
  }
  const short = key.startsWith('monitoring.') ? key.slice('monitoring.'.length) : key;
  return lookup(m.monitoring.errors, short) ?? translateFieldMessage(m, key);
}
