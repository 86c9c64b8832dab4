import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
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
import './styles/utilities.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
