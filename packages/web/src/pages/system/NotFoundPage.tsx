import { Link } from '../../app/router';
import { useDocumentTitle } from '../../components/PageHeader';
import { useI18n } from '../../i18n/I18nProvider';

export function NotFoundPage() {
  const { m } = useI18n();
  useDocumentTitle(m.notFound.title);
  return (
    <div className="container container--narrow">
      <section className="card card--centered" data-testid="not-found">
        <p className="big-code" aria-hidden="true">
          404
        </p>
        <h1 data-testid="page-title">{m.notFound.title}</h1>
        <p>{m.notFound.text}</p>
        <Link to="/" className="button button--primary">
          {m.common.toStart}
        </Link>
      </section>
    </div>
  );
}
