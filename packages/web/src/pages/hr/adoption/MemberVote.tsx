import { VOTES, type Vote } from '@qorgau/core';
import { SelectField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MemberDraft } from './adoptionDraft';

/** Whether the member attended and how they voted; someone absent has no vote to record. */
export function MemberVote({
  member,
  onChange,
  errorKey,
}: {
  member: MemberDraft;
  onChange: (change: Partial<MemberDraft>) => void;
  errorKey: string | undefined;
}) {
  const { m } = useI18n();
  const f = m.adoption.form;
  return (
    <>
      <label className="adoption-choice adoption-member__present">
        <input
          type="checkbox"
          checked={member.attended}
          onChange={(event) =>
            onChange({ attended: event.target.checked, vote: event.target.checked ? member.vote : null })
          }
          data-testid="member-present"
        />
        <span>{f.present}</span>
      </label>
      <SelectField
        label={f.vote}
        value={member.attended ? (member.vote ?? '') : ''}
        onValueChange={(value) => onChange({ vote: value === '' ? null : (value as Vote) })}
        options={[
          { value: '', label: m.adoption.votes.none },
          ...VOTES.map((vote) => ({ value: vote, label: m.adoption.votes[vote] })),
        ]}
        disabled={!member.attended}
        errorKey={errorKey}
        data-testid="member-vote"
      />
    </>
  );
}
