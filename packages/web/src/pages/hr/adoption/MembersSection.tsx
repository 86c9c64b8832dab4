import { useI18n } from '../../../i18n/I18nProvider';
import { translateFieldMessage } from '../../../lib/errors';
import type { DraftSectionProps } from './adoptionDraft';
import { DissentingField } from './DissentingField';
import { MeetingOfficials } from './MeetingOfficials';
import { MemberRow } from './MemberRow';
import type { MemberDrafts } from './useMemberDrafts';

/** As many members as recordAdoptionInput accepts. */
const MAX_MEMBERS = 100;

/** Who sits on the body, who attended and how they voted, the meeting's officials and any dissent. */
export function MembersSection({
  formId,
  draft,
  setField,
  memberDrafts,
  errors,
}: DraftSectionProps & {
  memberDrafts: MemberDrafts;
}) {
  const { m } = useI18n();
  const f = m.adoption.form;
  const { members, updateMember, addMember, removeMember, addButtonRef } = memberDrafts;
  const membersError = errors.members ? translateFieldMessage(m, errors.members) : null;
  return (
    <section
      className={
        membersError ? 'card stack adoption-members-card field--invalid' : 'card stack adoption-members-card'
      }
      aria-labelledby={`${formId}-members`}
      aria-describedby={`${formId}-members-hint${membersError ? ` ${formId}-members-error` : ''}`}
      data-testid="adoption-members"
    >
      <h2 id={`${formId}-members`} className="card__title">
        {f.membersTitle}
      </h2>
      <p className="field__hint" id={`${formId}-members-hint`}>
        {f.membersHint}
      </p>
      {membersError ? (
        <p className="field__error" id={`${formId}-members-error`} data-testid="members-error">
          {membersError}
        </p>
      ) : null}
      <ol className="adoption-members">
        {members.map((member, index) => (
          <MemberRow
            key={member.key}
            formId={formId}
            member={member}
            index={index}
            errors={errors}
            onChange={(change) => updateMember(member.key, change)}
            onRemove={() => removeMember(member.key)}
            removable={members.length !== 1}
          />
        ))}
      </ol>
      <div>
        <button
          ref={addButtonRef}
          type="button"
          className="button"
          onClick={addMember}
          disabled={members.length >= MAX_MEMBERS}
          data-testid="adoption-add-member"
        >
          + {f.addMember}
        </button>
      </div>
      <MeetingOfficials formId={formId} draft={draft} setField={setField} members={members} errors={errors} />
      <DissentingField
        value={draft.dissentingOpinions}
        onChange={(value) => setField('dissentingOpinions', value)}
        errorKey={errors.dissentingOpinions}
      />
    </section>
  );
}
