import { TextField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import type { FieldErrors } from '../../../lib/errors';
import type { MemberDraft } from './adoptionDraft';
import { MemberVote } from './MemberVote';
import { memberNameId } from './useMemberDrafts';

/** One member of the adopting body as the minutes list them; `index` is their place in the payload. */
export function MemberRow({
  formId,
  member,
  index,
  errors,
  onChange,
  onRemove,
  removable,
}: {
  formId: string;
  member: MemberDraft;
  index: number;
  errors: FieldErrors;
  onChange: (change: Partial<MemberDraft>) => void;
  onRemove: () => void;
  removable: boolean;
}) {
  const { m, format } = useI18n();
  const f = m.adoption.form;
  const number = format.number(index + 1);
  return (
    <li className="adoption-member" data-testid="adoption-member">
      <fieldset className="adoption-member__fields">
        <legend className="adoption-member__legend">{f.member(number)}</legend>
        <TextField
          id={memberNameId(formId, member.key)}
          label={f.fullName}
          value={member.fullName}
          onValueChange={(value) => onChange({ fullName: value })}
          maxLength={200}
          autoComplete="off"
          errorKey={errors[`members.${index}.fullName`]}
          data-testid="member-name"
        />
        <TextField
          label={f.position}
          optional
          value={member.position}
          onValueChange={(value) => onChange({ position: value })}
          maxLength={200}
          autoComplete="off"
          errorKey={errors[`members.${index}.position`]}
        />
        <MemberVote member={member} onChange={onChange} errorKey={errors[`members.${index}.vote`]} />
      </fieldset>
      <button
        type="button"
        className="button button--small button--quiet button--quiet-danger adoption-member__remove"
        onClick={onRemove}
        disabled={!removable}
      >
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{f.removeMember(number)}</span>
      </button>
    </li>
  );
}
