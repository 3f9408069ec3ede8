import { useTranslation } from 'react-i18next';
import { AboutView } from '@/features/about/about-view';
import { AppHeader } from './app-header';
import { Dashboard } from './dashboard';
import { useHashView } from './use-hash-view';

export function App() {
  const { t } = useTranslation();
  const view = useHashView();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
      >
        {t('app.skipToContent')}
      </a>
      <AppHeader view={view} />
      <main id="main" className="mx-auto max-w-[1800px] px-6 py-6">
        {view === 'about' ? <AboutView /> : <Dashboard />}
      </main>
    </>
  );
}
