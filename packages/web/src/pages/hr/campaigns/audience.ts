import type { Audience, PERSON_KINDS } from '@qorgau/core';
import type { Messages } from '../../../i18n/messages';

export type PersonKind = (typeof PERSON_KINDS)[number];

/** What the publish form holds while HR narrows the audience; blank parts are left out. */
export type AudienceDraft = {
  unitIds: ReadonlySet<string>;
  kinds: ReadonlySet<PersonKind>;
  positions: ReadonlySet<string>;
  joinedSince: string;
};

export const EMPTY_AUDIENCE: AudienceDraft = {
  unitIds: new Set(),
  kinds: new Set(),
  positions: new Set(),
  joinedSince: '',
};

export function toAudience(draft: AudienceDraft): Audience {
  return {
    ...(draft.unitIds.size > 0 ? { unitIds: [...draft.unitIds] } : {}),
    ...(draft.kinds.size > 0 ? { kinds: [...draft.kinds] } : {}),
    ...(draft.positions.size > 0 ? { positions: [...draft.positions] } : {}),
    ...(draft.joinedSince ? { joinedSince: draft.joinedSince } : {}),
  };
}

export function isEveryone(audience: Audience): boolean {
  return Object.keys(audience).length === 0;
}

/** The audience as stored with a campaign (publish's input), read defensively: older rows may lack parts. */
function storedAudience(value: unknown): Audience {
  if (typeof value !== 'object' || value === null) return {};
  const { unitIds, kinds, positions, joinedSince } = value as Record<string, unknown>;
  const list = (item: unknown) =>
    Array.isArray(item) ? item.filter((entry) => typeof entry === 'string') : [];
  const audience: Audience = {};
  if (list(unitIds).length > 0) audience.unitIds = list(unitIds);
  if (list(kinds).length > 0) audience.kinds = list(kinds) as PersonKind[];
  if (list(positions).length > 0) audience.positions = list(positions);
  if (typeof joinedSince === 'string') audience.joinedSince = joinedSince;
  return audience;
}

/** "2 units · Student · 3 positions · joined from 1 Sep 2026", or "Everyone". */
export function describeAudience(m: Messages, formatDate: (iso: string) => string, value: unknown): string {
  const audience = storedAudience(value);
  const s = m.ackExtras.audience.summary;
  if (isEveryone(audience)) return s.everyone;
  const parts: string[] = [];
  if (audience.unitIds) parts.push(s.units(audience.unitIds.length));
  if (audience.kinds) parts.push(audience.kinds.map((kind) => m.personKinds[kind]).join(', '));
  if (audience.positions)
    parts.push(
      audience.positions.length <= 2 ? audience.positions.join(', ') : s.positions(audience.positions.length),
    );
  if (audience.joinedSince) parts.push(s.joined(formatDate(audience.joinedSince)));
  return parts.join(' · ');
}
