import { useTranslation } from 'react-i18next';
import { useManifest } from '@/data/use-manifest';
import { formatDate } from '@/lib/format';
import { DeckButton } from './deck/deck-button';
import { LanguageSwitcher } from './language-switcher';
import { PresentButton } from './presentation/present-button';
import { PrintButton } from './print/print-button';
import { ThemeSwitcher } from './theme-switcher';
import type { AppView } from './use-hash-view';

const linkClass =
  'rounded-lg border border-line px-4 py-2 font-medium text-accent hover:bg-surface-alt compact:px-2.5';

export function AppHeader({ view, onPresent }: { view: AppView; onPresent: () => void }) {
  const { t } = useTranslation();
  const manifest = useManifest();
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-[1800px] flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <h1 className="text-2xl font-bold text-ink md:text-3xl">{t('app.title')}</h1>
          <p className="text-ink-muted">
            {t('app.tagline')}{' '}
            {manifest.data && (
              <span data-testid="as-of">
                {t('header.asOf', { date: formatDate(manifest.data.asOf) })}
              </span>
            )}
          </p>
        </div>
        <nav className="flex flex-wrap items-center gap-3 compact:gap-1.5">
          <LanguageSwitcher />
          <ThemeSwitcher />
          {view === 'about' ? (
            <a href="#" className={linkClass}>
              {t('header.backToDashboard')}
            </a>
          ) : (
            <>
              <a href="#about" className={linkClass}>
                {t('header.about')}
              </a>
              <DeckButton onPresent={onPresent} />
              <PrintButton className={linkClass} />
              <PresentButton onPresent={onPresent} />
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
