import { type FormEvent, useId, useState } from 'react';
import { SelectField } from '../../../components/Field';
import { useI18n } from '../../../i18n/I18nProvider';
import { type ColumnMapping, IMPORT_FIELDS, type ImportField, type ImportPreview } from './upload';

const NOT_IMPORTED = '';

function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  return IMPORT_FIELDS.every((field) => a[field] === b[field]);
}

/** The checks the server makes on a chosen mapping, as field → message key, so nothing is sent in vain. */
function mappingProblems(mapping: ColumnMapping): Partial<Record<ImportField, string>> {
  const problems: Partial<Record<ImportField, string>> = {};
  if (mapping.fullName === undefined) problems.fullName = 'import.mappingNoName';
  if (mapping.number === undefined && mapping.email === undefined) {
    problems.number = 'import.mappingNoKey';
    problems.email = 'import.mappingNoKey';
  }
  const seen = new Map<number, ImportField>();
  for (const field of IMPORT_FIELDS) {
    const column = mapping[field];
    if (column === undefined) continue;
    if (seen.has(column)) problems[field] = 'import.mappingTwice';
    seen.set(column, field);
  }
  return problems;
}

/**
 * Which column each field is read from, as recognised or as HR corrects it. A change re-runs the
 * preview with the same file, so every rejected row and count reflects the columns shown here.
 */
export function ColumnMappingCard({
  preview,
  checking,
  onRemap,
}: {
  preview: ImportPreview;
  checking: boolean;
  onRemap: (mapping: ColumnMapping) => void;
}) {
  const { m } = useI18n();
  const titleId = useId();
  const t = m.ackExtras.mapping;
  const [draft, setDraft] = useState<ColumnMapping>(preview.mapping);
  const [attempted, setAttempted] = useState(false);
  const problems = mappingProblems(draft);
  const changed = !sameMapping(draft, preview.mapping);
  const options = [
    { value: NOT_IMPORTED, label: t.notImported },
    ...preview.headers.flatMap((header, index) =>
      header.trim() === '' ? [] : [{ value: String(index), label: header }],
    ),
  ];

  const setField = (field: ImportField, value: string) =>
    setDraft((current) => {
      const next = { ...current };
      if (value === NOT_IMPORTED) delete next[field];
      else next[field] = Number(value);
      return next;
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    if (Object.keys(problems).length === 0) onRemap(draft);
  };

  return (
    <section className="card" aria-labelledby={titleId} data-testid="import-mapping">
      <h2 id={titleId} className="card__title">
        {t.title}
      </h2>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted">{t.intro}</p>
        <div className="import-mapping">
          {IMPORT_FIELDS.map((field) => (
            <SelectField
              key={field}
              label={
                field === 'fullName' ? (
                  <>
                    {m.importPeople.fields[field]} <span className="muted">({t.required})</span>
                  </>
                ) : (
                  m.importPeople.fields[field]
                )
              }
              value={draft[field] === undefined ? NOT_IMPORTED : String(draft[field])}
              onValueChange={(value) => setField(field, value)}
              options={options}
              errorKey={attempted ? problems[field] : undefined}
              data-testid={`mapping-${field}`}
            />
          ))}
        </div>
        <p className="field__hint">{t.keyHint}</p>
        {changed ? (
          <p className="alert alert--info" role="status" data-testid="mapping-changed">
            {t.changed}
          </p>
        ) : null}
        <div className="form-actions">
          {!sameMapping(draft, preview.suggestedMapping) ? (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => setDraft(preview.suggestedMapping)}
              disabled={checking}
            >
              {t.reset}
            </button>
          ) : null}
          <button
            type="submit"
            className={changed ? 'button button--primary' : 'button'}
            disabled={checking || !changed}
            data-testid="mapping-apply"
          >
            {checking ? m.common.working : t.apply}
          </button>
        </div>
      </form>
    </section>
  );
}
