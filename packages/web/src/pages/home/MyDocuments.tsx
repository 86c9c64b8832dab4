import { useQuery } from '@tanstack/react-query';
import { Link } from '../../app/router';
import { useTRPC } from '../../app/trpc';
import { ErrorState, Loading } from '../../components/States';
import { useI18n } from '../../i18n/I18nProvider';
import { documentDownloadUrl, verifyPathFor } from '../../lib/documentLinks';

/** Receipts and certificates about the signed-in person, to keep or to show to someone else. */
export function MyDocuments() {
  const { m, format } = useI18n();
  const trpc = useTRPC();
  const documents = useQuery(trpc.documents.mine.queryOptions());

  return (
    <section className="card" aria-labelledby="home-documents" data-testid="home-documents">
      <h2 id="home-documents" className="card__title">
        {m.home.documentsTitle}
      </h2>
      {documents.isPending ? (
        <Loading />
      ) : documents.isError ? (
        <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
      ) : documents.data.length === 0 ? (
        <div className="state state--empty state--inline" data-testid="empty-state-inline">
          <p className="state__title">{m.home.noDocuments}</p>
          <p>{m.home.documentsEmpty}</p>
        </div>
      ) : (
        <ul className="doc-list" data-testid="my-documents">
          {documents.data.map((document) => (
            <li key={document.id} className="doc-list__item" data-testid="my-document">
              <div>
                <p className="doc-list__title" lang={document.language}>
                  {document.title}
                  {document.sample ? (
                    <>
                      {' '}
                      <span className="badge badge--sample">{m.verify.result.sampleBadge}</span>
                    </>
                  ) : null}
                </p>
                <p className="doc-list__meta">
                  {m.home.signedOn(format.date(document.signedAt))} ·{' '}
                  <span className="mono nowrap">{document.publicId}</span>
                </p>
              </div>
              <div className="doc-list__actions">
                <a
                  href={documentDownloadUrl(document.id)}
                  download={`${document.publicId}.pdf`}
                  className="button button--small"
                  data-testid="my-document-download"
                >
                  {m.documents.list.download}
                  <span className="visually-hidden">: {document.title}</span>
                </a>
                <Link to={verifyPathFor(document.publicId)} className="button button--small button--quiet">
                  {m.documents.list.verify}
                  <span className="visually-hidden">: {document.title}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
