import { isLanguage } from '@qorgau/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ErrorState, Loading } from '../components/States';
import { ToastProvider } from '../components/Toasts';
import { I18nProvider, useI18n } from '../i18n/I18nProvider';
import { queryClient, trpcClient } from './client';
import { Header } from './Header';
import { RouteView } from './RouteView';
import { useLocation } from './router';
import { useMe } from './session';
import { TRPCProvider } from './trpc';

function useFocusMainOnNavigation(pathname: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Screen-reader users otherwise stay on the link they activated and never hear the new page.
    if (pathname) document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

function Shell() {
  const { m, hasLocalChoice, adoptLanguage } = useI18n();
  const meQuery = useMe();
  const me = meQuery.data ?? null;
  const location = useLocation();
  useFocusMainOnNavigation(location.pathname);

  const accountLanguage = me?.user.language;
  useEffect(() => {
    if (!hasLocalChoice && isLanguage(accountLanguage)) adoptLanguage(accountLanguage);
  }, [hasLocalChoice, accountLanguage, adoptLanguage]);

  if (meQuery.isPending) {
    // Header and footer wait for the session: drawn without it, they would change size when it
    // arrives and shift the page under the reader (and on a phone the header grows by a whole row).
    return (
      <div className="app">
        <main id="main" className="main" tabIndex={-1}>
          <Loading />
        </main>
      </div>
    );
  }

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {m.app.skipToContent}
      </a>
      <Header me={me} />
      <main id="main" className="main" tabIndex={-1}>
        {meQuery.isError ? (
          <div className="container">
            <ErrorState error={meQuery.error} onRetry={() => void meQuery.refetch()} />
          </div>
        ) : (
          <RouteView me={me} location={location} />
        )}
      </main>
      <footer className="footer">
        <p>{m.app.footer}</p>
      </footer>
    </div>
  );
}

export function App() {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
          <ToastProvider>
            <Shell />
          </ToastProvider>
        </TRPCProvider>
      </QueryClientProvider>
    </I18nProvider>
  );
}
