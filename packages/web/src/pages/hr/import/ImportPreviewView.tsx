import { useId } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { IMPORT_FIELDS, type ImportField, type ImportPreview, type Rejection } from './upload';

export function fieldLabel(labels: Record<ImportField, string>, field: string): string {
  return (IMPORT_FIELDS as readonly string[]).includes(field) ? labels[field as ImportField] : field;
}

/** What was read from the file: its shape, columns not used, and the columns deliberately left out. */
export function FileSummary({ preview, fileName }: { preview: ImportPreview; fileName: string }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const s = m.importPeople.summary;
  const used = new Set(Object.values(preview.mapping));
  const ignored = preview.headers.filter((header, index) => header.trim() !== '' && !used.has(index));

  return (
    <section className="card" aria-labelledby={titleId} data-testid="import-summary">
      <h2 id={titleId} className="card__title">
        {s.title}
      </h2>
      <div className="stack">
        <dl className="facts facts--inline">
          <div>
            <dt>{s.file}</dt>
            <dd className="file-line">{fileName}</dd>
          </div>
          <div>
            <dt>{s.format}</dt>
            <dd>{m.importPeople.formats[preview.format]}</dd>
          </div>
          <div>
            <dt>{s.rows}</dt>
            <dd className="tabular" data-testid="import-total-rows">
              {format.number(preview.totalRows)}
            </dd>
          </div>
        </dl>
        {ignored.length > 0 ? (
          <div>
            <h3 className="import-subtitle">{s.ignored}</h3>
            <p className="muted">{ignored.join(', ')}</p>
          </div>
        ) : null}
        {preview.omittedHeaders.length > 0 ? (
          <div data-testid="import-omitted">
            <h3 className="import-subtitle">{s.omitted}</h3>
            <p>{preview.omittedHeaders.join(', ')}</p>
            <p className="field__hint">{s.omittedHint}</p>
          </div>
        ) : null}
      </div>
    </section>
  );
}

/** Every rejected row, in file order, with the problem in words: the file has to be fixed and re-uploaded. */
export function RejectedRows({ rejected }: { rejected: Rejection[] }) {
  const { m, format } = useI18n();
  const titleId = useId();
  const r = m.importPeople.rejected;
  const rows = [...rejected].sort((a, b) => a.line - b.line || a.column.localeCompare(b.column));
  return (
    <section className="card import-problems" aria-labelledby={titleId} data-testid="import-rejected">
      <h2 id={titleId} className="card__title">
        {r.title(new Set(rejected.map((row) => row.line)).size)}
      </h2>
      <div className="stack">
        <p>{r.intro}</p>
        {/* A long list scrolls inside this region, which is focusable so the keyboard can scroll it too. */}
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
        <section className="table-wrap import-scroll" tabIndex={0} aria-labelledby={titleId}>
          <table className="table import-table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {r.line}
                </th>
                <th scope="col">{r.column}</th>
                <th scope="col">{r.problem}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                // A line can fail on several fields, each with one reason.
                <tr
                  key={`${row.line}-${row.field}-${row.column}-${row.reason}`}
                  data-testid="import-rejected-row"
                >
                  <td className="numeric">{format.number(row.line)}</td>
                  <td>
                    {row.column ? (
                      <>
                        <span className="import-columns__header">{row.column}</span>
                        {row.column !== fieldLabel(m.importPeople.fields, row.field) ? (
                          <span className="table__secondary">
                            {fieldLabel(m.importPeople.fields, row.field)}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      <span className="muted">
                        {fieldLabel(m.importPeople.fields, row.field)} ({r.noColumn})
                      </span>
                    )}
                  </td>
                  <td>{r.reasons[row.reason] ?? m.errors.fields.invalid}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </section>
  );
}
