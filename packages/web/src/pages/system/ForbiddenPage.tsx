import { Link } from '../../app/router';
import { useDocumentTitle } from '../../components/PageHeader';
import { useI18n } from '../../i18n/I18nProvider';

/** Shown when a signed-in person opens a page their role in the active organisation does not cover. */
export function ForbiddenPage() {
  const { m } = useI18n();
  useDocumentTitle(m.forbidden.title);
  return (
    <div className="container container--narrow">
      <section className="card card--centered" data-testid="forbidden">
        <h1 data-testid="page-title">{m.forbidden.title}</h1>
        <p>{m.forbidden.text}</p>
        <Link to="/" className="button button--primary">
          {m.common.toStart}
        </Link>
      </section>
    </div>
  );
}
