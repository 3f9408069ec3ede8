import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProviders } from '@/app/providers';
import '@/index.css';
import { EmbedView } from './embed-view';

// The embed page: one panel, for another site's <iframe>. It shares the dashboard's data,
// panels and styles, and nothing else (no service worker, filters or exports).
const params = new URLSearchParams(window.location.search);
const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <AppProviders>
      <EmbedView
        panelId={params.get('panel') ?? ''}
        view={params.get('view') === 'table' ? 'table' : 'chart'}
      />
    </AppProviders>
  </StrictMode>,
);
