import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { api, queryClient } from './app/client';
import { ME_STALE_TIME } from './app/session';
import { preloadInitialDictionary } from './i18n/I18nProvider';
import { MY_POLICY_PATH } from './pages/portal/types';
import './styles/fonts.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/controls.css';
import './styles/feedback.css';
import './styles/header-widgets.css';
import './styles/outbox.css';
import './styles/tables.css';
import './styles/documents.css';
import './styles/policy.css';
import './styles/portal.css';
import './styles/governance.css';
import './styles/ack-extras.css';
import './styles/utilities.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');

// Every page waits for the session: asking now, alongside the dictionary, takes a round trip off
// the first meaningful paint (the staff portal's text on a phone).
void queryClient.prefetchQuery(api.auth.me.queryOptions(undefined, { staleTime: ME_STALE_TIME }));
// The staff portal, where the emailed link leads, needs the assignment next: it goes in the same request.
if (window.location.pathname === MY_POLICY_PATH)
  void queryClient.prefetchQuery(api.myPolicy.current.queryOptions());
// The dictionary is a chunk of its own; rendering once it is here avoids a first paint without text.
void preloadInitialDictionary().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
