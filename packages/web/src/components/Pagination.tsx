import { useI18n } from '../i18n/I18nProvider';

type PaginationProps = { page: number; pageSize: number; total: number; onPage: (page: number) => void };

export function Pagination({ page, pageSize, total, onPage }: PaginationProps) {
  const { m, format } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={m.pagination.label} data-testid="pagination">
      <p className="pagination__summary">
        {m.pagination.range(format.number(from), format.number(to), format.number(total))}
      </p>
      <div className="pagination__controls">
        <button
          type="button"
          className="button button--small"
          onClick={() => onPage(page - 1)}
          disabled={page <= 1}
        >
          <span aria-hidden="true">←</span> {m.pagination.previous}
        </button>
        <span className="pagination__page" aria-current="page">
          {m.pagination.page(format.number(page), format.number(pages))}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => onPage(page + 1)}
          disabled={page >= pages}
        >
          {m.pagination.next} <span aria-hidden="true">→</span>
        </button>
      </div>
    </nav>
  );
}
