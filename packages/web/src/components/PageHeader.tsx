import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export function useDocumentTitle(title: string) {
  const { m } = useI18n();
  useEffect(() => {
    document.title = m.app.pageTitle(title);
  }, [m, title]);
}

type PageHeaderProps = { title: string; intro?: ReactNode; actions?: ReactNode };

export function PageHeader({ title, intro, actions }: PageHeaderProps) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      <div className="page-header__text">
        <h1 data-testid="page-title">{title}</h1>
        {intro ? <p className="page-header__intro">{intro}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </div>
  );
}
