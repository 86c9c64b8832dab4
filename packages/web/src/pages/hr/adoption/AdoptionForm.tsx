import {
  ADOPTING_BODIES,
  type AdoptingBody,
  LANGUAGES,
  type Language,
  recordAdoptionInput,
  tallyAdoption,
  VOTES,
  type Vote,
} from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField, TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { type FieldErrors, fieldErrorsOf, translateFieldMessage } from '../../../lib/errors';
import { blankToUndefined, validate } from '../../../lib/validate';
import { AdoptionTally } from './AdoptionTally';
import { MinutesPicker } from './MinutesPicker';
import { minutesProblem } from './minutesUpload';
import type { RecordAdoptionPayload, VersionDetail } from './types';

type MemberDraft = { key: number; fullName: string; position: string; attended: boolean; vote: Vote | null };

const MEETING_FORMS = ['in_person', 'absentee'] as const;
type MeetingForm = (typeof MEETING_FORMS)[number];
/** Most boards have three or more members; three rows save clicks and can be removed. */
const INITIAL_MEMBERS = 3;

let nextMemberKey = 1;
function blankMember(): MemberDraft {
  nextMemberKey += 1;
  return { key: nextMemberKey, fullName: '', position: '', attended: true, vote: null };
}

/**
 * The decision of the adopting body, as its minutes record it. Validated with the same schema and
 * tally rules as the server; the record is final, so submitting asks for confirmation first.
 */
export function AdoptionForm({
  version,
  minutes,
  onMinutes,
}: {
  version: VersionDetail;
  minutes: File | null;
  onMinutes: (file: File | null) => void;
}) {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const me = useMe().data;
  const formId = useId();
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const [focusKey, setFocusKey] = useState<number | null>(null);

  const [body, setBody] = useState<AdoptingBody>(
    me?.organization?.kind === 'university' ? 'academic_council' : 'board_of_directors',
  );
  const [meetingForm, setMeetingForm] = useState<MeetingForm>('in_person');
  const [meetingDate, setMeetingDate] = useState('');
  const [place, setPlace] = useState('');
  const [minutesNumber, setMinutesNumber] = useState('');
  const [members, setMembers] = useState<MemberDraft[]>(() =>
    Array.from({ length: INITIAL_MEMBERS }, blankMember),
  );
  const [chairName, setChairName] = useState('');
  const [secretaryName, setSecretaryName] = useState('');
  const [dissentingOpinions, setDissentingOpinions] = useState('');
  const [effectiveDate, setEffectiveDate] = useState('');
  const [responsibleOfficer, setResponsibleOfficer] = useState('');
  const [familiarisationDeadline, setFamiliarisationDeadline] = useState('');
  const [extractLanguage, setExtractLanguage] = useState<Language>(version.authoritativeLanguage);
  const [pending, setPending] = useState<RecordAdoptionPayload | null>(null);

  const record = useMutation(
    trpc.adoption.record.mutationOptions({
      onSuccess: (adoption) => {
        setPending(null);
        queryClient.setQueryData(trpc.adoption.get.queryKey({ versionId: version.id }), adoption);
        void queryClient.invalidateQueries({ queryKey: trpc.policy.pathKey() });
        notify(m.adoption.form.recorded);
        window.scrollTo(0, 0);
      },
      // Problems belong next to the fields they concern, not in the dialog.
      onError: () => setPending(null),
    }),
  );
  const [attempted, setAttempted] = useState(false);

  useEffect(() => {
    if (focusKey === null) return;
    document.getElementById(`${formId}-member-${focusKey}-name`)?.focus();
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

  /** The same schema and tally rules as the server, plus the date order it checks. */
  const check = () => {
    const payload = {
      versionId: version.id,
      body,
      meetingForm,
      meetingDate,
      place,
      minutesNumber,
      // An absent member has no vote; the select is disabled, this keeps the data consistent too.
      members: members.map((member) => ({
        fullName: member.fullName,
        position: blankToUndefined(member.position),
        attended: member.attended,
        vote: member.attended ? member.vote : null,
      })),
      chairName,
      secretaryName,
      dissentingOpinions: blankToUndefined(dissentingOpinions),
      effectiveDate,
      responsibleOfficer,
      familiarisationDeadline,
      extractLanguage,
    };
    const result = validate(recordAdoptionInput, payload);
    const problems: FieldErrors = result.ok ? {} : { ...result.errors };
    if (!problems.members) {
      const tally = tallyAdoption(body, payload.members);
      if (!tally.quorumMet) problems.members = 'adoption.noQuorum';
      else if (!tally.majorityMet) problems.members = 'adoption.noMajority';
    }
    if (meetingDate && effectiveDate && !problems.effectiveDate && effectiveDate < meetingDate)
      problems.effectiveDate = 'adoption.effectiveBeforeMeeting';
    if (
      meetingDate &&
      familiarisationDeadline &&
      !problems.familiarisationDeadline &&
      familiarisationDeadline < meetingDate
    )
      problems.familiarisationDeadline = 'adoption.deadlineBeforeMeeting';
    return { data: result.ok && Object.keys(problems).length === 0 ? result.data : null, problems };
  };

  // On a form this long, messages follow the fields as they are corrected once a submit was tried.
  const clientErrors = attempted ? check().problems : {};
  const errors: FieldErrors = { ...fieldErrorsOf(record.error), ...clientErrors };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    record.reset();
    const { data } = check();
    if (data && !(minutes && minutesProblem(minutes))) setPending(data);
  };

  const f = m.adoption.form;
  const memberFields = members.flatMap((_member, index) => [
    `members.${index}.fullName`,
    `members.${index}.position`,
    `members.${index}.vote`,
  ]);
  const shownFields = [
    'body',
    'meetingForm',
    'meetingDate',
    'place',
    'minutesNumber',
    'members',
    ...memberFields,
    'chairName',
    'secretaryName',
    'dissentingOpinions',
    'effectiveDate',
    'responsibleOfficer',
    'familiarisationDeadline',
    'extractLanguage',
  ];
  const hasClientErrors = Object.keys(clientErrors).length > 0 && !record.error;
  const namesListId = `${formId}-names`;
  const membersError = errors.members ? translateFieldMessage(m, errors.members) : null;

  return (
    <form className="adoption-layout" onSubmit={submit} noValidate data-testid="adoption-form">
      <div className="stack stack--large adoption-layout__main">
        <FormError error={record.error} fields={shownFields} />
        <section className="card stack" aria-labelledby={`${formId}-meeting`}>
          <h2 id={`${formId}-meeting`} className="card__title">
            {f.meetingTitle}
          </h2>
          <SelectField
            label={f.body}
            value={body}
            onValueChange={(value) => setBody(value as AdoptingBody)}
            options={ADOPTING_BODIES.map((option) => ({ value: option, label: m.adoption.bodies[option] }))}
            errorKey={errors.body}
            data-testid="adoption-body"
          />
          <fieldset className="adoption-choices">
            <legend className="field__label">{f.meetingForm}</legend>
            {MEETING_FORMS.map((option) => (
              <label key={option} className="adoption-choice">
                <input
                  type="radio"
                  name={`${formId}-form`}
                  value={option}
                  checked={meetingForm === option}
                  onChange={() => setMeetingForm(option)}
                />
                <span>{m.adoption.meetingForms[option]}</span>
              </label>
            ))}
          </fieldset>
          <div className="grid-2">
            <TextField
              label={f.meetingDate}
              type="date"
              value={meetingDate}
              onValueChange={setMeetingDate}
              errorKey={errors.meetingDate}
              data-testid="adoption-meeting-date"
            />
            <TextField
              label={f.minutesNumber}
              value={minutesNumber}
              onValueChange={setMinutesNumber}
              maxLength={50}
              errorKey={errors.minutesNumber}
              data-testid="adoption-minutes"
            />
          </div>
          <TextField
            label={f.place}
            value={place}
            onValueChange={setPlace}
            maxLength={300}
            errorKey={errors.place}
            data-testid="adoption-place"
          />
        </section>

        <section
          className={
            membersError
              ? 'card stack adoption-members-card field--invalid'
              : 'card stack adoption-members-card'
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
            {members.map((member, index) => {
              const number = format.number(index + 1);
              return (
                <li key={member.key} className="adoption-member" data-testid="adoption-member">
                  <fieldset className="adoption-member__fields">
                    <legend className="adoption-member__legend">{f.member(number)}</legend>
                    <TextField
                      id={`${formId}-member-${member.key}-name`}
                      label={f.fullName}
                      value={member.fullName}
                      onValueChange={(value) => updateMember(member.key, { fullName: value })}
                      maxLength={200}
                      autoComplete="off"
                      errorKey={errors[`members.${index}.fullName`]}
                      data-testid="member-name"
                    />
                    <TextField
                      label={f.position}
                      optional
                      value={member.position}
                      onValueChange={(value) => updateMember(member.key, { position: value })}
                      maxLength={200}
                      autoComplete="off"
                      errorKey={errors[`members.${index}.position`]}
                    />
                    <label className="adoption-choice adoption-member__present">
                      <input
                        type="checkbox"
                        checked={member.attended}
                        onChange={(event) =>
                          updateMember(member.key, {
                            attended: event.target.checked,
                            vote: event.target.checked ? member.vote : null,
                          })
                        }
                        data-testid="member-present"
                      />
                      <span>{f.present}</span>
                    </label>
                    <SelectField
                      label={f.vote}
                      value={member.attended ? (member.vote ?? '') : ''}
                      onValueChange={(value) =>
                        updateMember(member.key, { vote: value === '' ? null : (value as Vote) })
                      }
                      options={[
                        { value: '', label: m.adoption.votes.none },
                        ...VOTES.map((vote) => ({ value: vote, label: m.adoption.votes[vote] })),
                      ]}
                      disabled={!member.attended}
                      errorKey={errors[`members.${index}.vote`]}
                      data-testid="member-vote"
                    />
                  </fieldset>
                  <button
                    type="button"
                    className="button button--small button--quiet button--quiet-danger adoption-member__remove"
                    onClick={() => removeMember(member.key)}
                    disabled={members.length === 1}
                  >
                    <span aria-hidden="true">×</span>
                    <span className="visually-hidden">{f.removeMember(number)}</span>
                  </button>
                </li>
              );
            })}
          </ol>
          <div>
            <button
              ref={addButtonRef}
              type="button"
              className="button"
              onClick={addMember}
              disabled={members.length >= 100}
              data-testid="adoption-add-member"
            >
              + {f.addMember}
            </button>
          </div>
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
              value={chairName}
              onValueChange={setChairName}
              list={namesListId}
              maxLength={200}
              errorKey={errors.chairName}
              data-testid="adoption-chair"
            />
            <TextField
              label={f.secretaryName}
              value={secretaryName}
              onValueChange={setSecretaryName}
              list={namesListId}
              maxLength={200}
              errorKey={errors.secretaryName}
              data-testid="adoption-secretary"
            />
          </div>
          <DissentingField
            value={dissentingOpinions}
            onChange={setDissentingOpinions}
            errorKey={errors.dissentingOpinions}
          />
        </section>

        <section className="card stack" aria-labelledby={`${formId}-decision`}>
          <h2 id={`${formId}-decision`} className="card__title">
            {f.decisionTitle}
          </h2>
          <div className="grid-2">
            <TextField
              label={f.effectiveDate}
              type="date"
              value={effectiveDate}
              onValueChange={setEffectiveDate}
              min={meetingDate || undefined}
              errorKey={errors.effectiveDate}
              data-testid="adoption-effective"
            />
            <TextField
              label={f.familiarisationDeadline}
              type="date"
              value={familiarisationDeadline}
              onValueChange={setFamiliarisationDeadline}
              min={meetingDate || undefined}
              errorKey={errors.familiarisationDeadline}
              data-testid="adoption-deadline"
            />
          </div>
          <TextField
            label={f.responsibleOfficer}
            hint={f.responsibleHint}
            value={responsibleOfficer}
            onValueChange={setResponsibleOfficer}
            maxLength={200}
            errorKey={errors.responsibleOfficer}
            data-testid="adoption-responsible"
          />
          <SelectField
            label={f.extractLanguage}
            value={extractLanguage}
            onValueChange={(value) => setExtractLanguage(value as Language)}
            options={LANGUAGES.map((option) => ({ value: option, label: LANGUAGE_AUTONYMS[option] }))}
            errorKey={errors.extractLanguage}
          />
          <MinutesPicker file={minutes} onChange={onMinutes} />
        </section>
      </div>
      <div className="adoption-layout__aside">
        <AdoptionTally body={body} members={members} />
      </div>
      <div className="stack adoption-layout__actions">
        {hasClientErrors ? (
          <p className="alert alert--error" role="alert" data-testid="adoption-check-fields">
            {m.errors.checkFields}
          </p>
        ) : null}
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={record.isPending}
            data-testid="adoption-submit"
          >
            {f.submit}
          </button>
        </div>
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={f.confirmTitle}
        confirmLabel={f.submit}
        onConfirm={() => {
          if (pending) record.mutate(pending);
        }}
        onCancel={() => setPending(null)}
        pending={record.isPending}
      >
        {f.confirmText}
      </ConfirmDialog>
    </form>
  );
}

function DissentingField({
  value,
  onChange,
  errorKey,
}: {
  value: string;
  onChange: (value: string) => void;
  errorKey: string | undefined;
}) {
  const { m } = useI18n();
  const id = useId();
  const error = errorKey ? translateFieldMessage(m, errorKey) : null;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {m.adoption.form.dissentingOpinions}
        <span className="field__optional"> ({m.common.optional})</span>
      </label>
      <textarea
        id={id}
        className="input adoption-textarea"
        rows={3}
        maxLength={10000}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <p className="field__hint" id={`${id}-hint`}>
        {m.adoption.form.dissentingHint}
      </p>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
