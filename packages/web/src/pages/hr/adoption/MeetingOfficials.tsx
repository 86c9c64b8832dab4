import { TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import type { DraftSectionProps, MemberDraft } from './adoptionDraft';

/** The chair and the secretary of the meeting, suggested from the names already in the members list. */
export function MeetingOfficials({
  formId,
  draft,
  setField,
  members,
  errors,
}: DraftSectionProps & {
  members: MemberDraft[];
}) {
  const { m } = useI18n();
  const f = m.adoption.form;
  const namesListId = `${formId}-names`;
  return (
    <>
      <datalist id={namesListId}>
        {members
          .filter((member) => member.fullName.trim())
          .map((member) => (
            <option key={member.key} value={member.fullName.trim()} />
          ))}
      </datalist>
      <div className="grid-2">
        <TextField
          label={f.chairName}
          value={draft.chairName}
          onValueChange={(value) => setField('chairName', value)}
          list={namesListId}
          maxLength={200}
          errorKey={errors.chairName}
          data-testid="adoption-chair"
        />
        <TextField
          label={f.secretaryName}
          value={draft.secretaryName}
          onValueChange={(value) => setField('secretaryName', value)}
          list={namesListId}
          maxLength={200}
          errorKey={errors.secretaryName}
          data-testid="adoption-secretary"
        />
      </div>
    </>
  );
}
