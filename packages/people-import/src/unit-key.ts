import { cleanText } from './clean-text.js';

export type UnitKey = (name: string) => string;

/**
 * Units are unique by lower(name) in the database, so "ИТ-отдел" and "ИТ-ОТДЕЛ" are one unit. A file
 * repeats a few dozen unit names across all its rows, so each plan remembers the keys it has computed.
 */
export function unitKeys(): UnitKey {
  const known = new Map<string, string>();
  return (name) => {
    let key = known.get(name);
    if (key === undefined) {
      key = cleanText(name).toLowerCase();
      known.set(name, key);
    }
    return key;
  };
}
