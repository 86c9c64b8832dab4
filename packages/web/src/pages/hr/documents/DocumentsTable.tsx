import { Link } from '../../../app/router';
import type { DocumentRow } from '../../../app/types';
import { CopyButton } from '../../../components/CopyButton';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { documentDownloadUrl, verifyPathFor } from '../../../lib/documentLinks';
import { shortHash } from './labels';

export function DocumentsTable({ documents }: { documents: DocumentRow[] }) {
  const { m, format } = useI18n();
  const c = m.documents.list.columns;
  return (
    <div className="table-wrap">
      <table className="table table--cards" data-testid="documents-table">
        <thead>
          <tr>
            <th scope="col">{c.title}</th>
            <th scope="col">{c.person}</th>
            <th scope="col">{c.publicId}</th>
            <th scope="col">{c.signedAt}</th>
            <th scope="col">{c.sha256}</th>
            <th scope="col">
              <span className="visually-hidden">{m.common.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((document) => {
            const name = `${document.title}, ${document.subjectLabel ?? document.publicId}`;
            return (
              <tr key={document.id} data-testid="document-row">
                <th scope="row" className="table__primary">
                  <span lang={document.language}>
                    {document.title}
                    {document.sample ? (
                      <>
                        {' '}
                        <span className="badge badge--sample">{m.verify.result.sampleBadge}</span>
                      </>
                    ) : null}
                  </span>
                  <span className="table__secondary">
                    {LANGUAGE_AUTONYMS[document.language]} · {format.fileSize(document.byteSize)}
                  </span>
                </th>
                <td data-label={c.person}>{document.subjectLabel ?? m.common.none}</td>
                <td data-label={c.publicId}>
                  {/* The cell itself stays in the body font: phones show the column name from data-label. */}
                  <span className="mono nowrap" data-testid="document-public-id">
                    {document.publicId}
                  </span>
                </td>
                <td data-label={c.signedAt}>{format.dateTime(document.signedAt)}</td>
                <td data-label={c.sha256}>
                  <span className="hash-line hash-line--nowrap">
                    <span className="mono" title={document.sha256}>
                      {shortHash(document.sha256)}
                    </span>
                    <CopyButton
                      value={document.sha256}
                      label={`${m.documents.list.copySha}: ${name}`}
                      testId="copy-sha256"
                      iconOnly
                    />
                  </span>
                </td>
                <td className="table__actions">
                  <a
                    href={documentDownloadUrl(document.id)}
                    download={`${document.publicId}.pdf`}
                    className="button button--small"
                    data-testid="document-download"
                  >
                    {m.documents.list.download}
                    <span className="visually-hidden">: {name}</span>
                  </a>
                  <Link
                    to={verifyPathFor(document.publicId)}
                    className="button button--small button--quiet"
                    data-testid="document-verify"
                  >
                    {m.documents.list.verify}
                    <span className="visually-hidden">: {name}</span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
