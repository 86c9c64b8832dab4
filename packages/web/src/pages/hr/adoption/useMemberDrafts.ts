import { useEffect, useRef, useState } from 'react';
import type { MemberDraft } from './adoptionDraft';

/** Most boards have three or more members; three rows save clicks and can be removed. */
const INITIAL_MEMBERS = 3;

let nextMemberKey = 1;
function blankMember(): MemberDraft {
  nextMemberKey += 1;
  return { key: nextMemberKey, fullName: '', position: '', attended: true, vote: null };
}

/** The id of a member's name input, which takes focus when the member is added. */
export function memberNameId(formId: string, key: number): string {
  return `${formId}-member-${key}-name`;
}

/**
 * The rows of the members list. Focus follows the change: to a new row's name when one is added,
 * back to the add button when a row is removed (its own button is gone).
 */
export function useMemberDrafts(formId: string) {
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const [members, setMembers] = useState<MemberDraft[]>(() =>
    Array.from({ length: INITIAL_MEMBERS }, blankMember),
  );

  useEffect(() => {
    if (focusKey === null) return;
    document.getElementById(memberNameId(formId, focusKey))?.focus();
    setFocusKey(null);
  }, [focusKey, formId]);

  const updateMember = (key: number, change: Partial<MemberDraft>) =>
    setMembers((list) => list.map((member) => (member.key === key ? { ...member, ...change } : member)));

  const addMember = () => {
    const member = blankMember();
    setMembers((list) => [...list, member]);
    setFocusKey(member.key);
  };

  const removeMember = (key: number) => {
    setMembers((list) => list.filter((member) => member.key !== key));
    addButtonRef.current?.focus();
  };

  return { members, updateMember, addMember, removeMember, addButtonRef };
}

export type MemberDrafts = ReturnType<typeof useMemberDrafts>;
