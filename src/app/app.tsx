import { lazy, Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exitFullscreen } from '@/lib/fullscreen';
import { setViewState as setView, useViewKeys } from '@/lib/view-state';
import { AppHeader } from './app-header';
import { encodeDeck } from './deck/deck-codec';
import { DeckNotice } from './deck/deck-notice';
import { useCurrentDeck, useKeepAddressDeck } from './deck/use-current-deck';
import { DataStatus } from './data-status';
import { Dashboard } from './dashboard';
import { useLanguageChoice } from './language-switcher';
import { useThemeChoice } from './theme-switcher';
import { useHashView } from './use-hash-view';

// Presentation mode and the About view load only when opened: the first screen does not wait.
const PresentationView = lazy(() =>
  import('./presentation/presentation-view').then((m) => ({ default: m.PresentationView })),
);
const PresenterView = lazy(() =>
  import('./presentation/presenter-view').then((m) => ({ default: m.PresenterView })),
);
const AboutView = lazy(() =>
  import('@/features/about/about-view').then((m) => ({ default: m.AboutView })),
);

export function App() {
  const { t } = useTranslation();
  const view = useHashView();
  const state = useViewKeys(['present', 'presenter']);
  const { deck, problem: deckProblem } = useCurrentDeck();
  useKeepAddressDeck();
  useThemeChoice();
  useLanguageChoice();
  // A link that opens straight into presentation is a kiosk: slides only, no chrome.
  const [kiosk] = useState(() => state.present);
  const scrollBeforePresenting = useRef(0);
  const present = useCallback(() => {
    scrollBeforePresenting.current = window.scrollY;
    // The deck goes into the address, so the presenter view and a copied link show the same slides.
    void setView({
      present: true,
      slide: null,
      deck: deck.slides.length ? encodeDeck(deck) : null,
    });
  }, [deck]);
  const exit = useCallback(() => {
    // Leave full screen first: the resize it causes would otherwise undo the scroll restore.
    void exitFullscreen().then(() => setView({ present: null, autoplay: null, slide: null }));
  }, []);

  // Back on the dashboard at the place the presenter left it.
  useLayoutEffect(() => {
    if (!state.present && scrollBeforePresenting.current)
      window.scrollTo(0, scrollBeforePresenting.current);
  }, [state.present]);

  if (state.presenter && !deckProblem)
    return (
      <Suspense fallback={<div className="fixed inset-0 bg-page" aria-busy="true" />}>
        <PresenterView />
      </Suspense>
    );

  // A deck the address holds but that cannot be read opens the dashboard, saying why.
  if (state.present && !deckProblem)
    return (
      <Suspense fallback={<div className="fixed inset-0 bg-page" aria-busy="true" />}>
        <PresentationView kiosk={kiosk} onExit={exit} />
      </Suspense>
    );

  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-surface focus:p-2"
      >
        {t('app.skipToContent')}
      </a>
      <AppHeader view={view} onPresent={present} />
      <DataStatus />
      {deckProblem && <DeckNotice problem={deckProblem} />}
      <main id="main" className="mx-auto max-w-[1800px] px-6 py-6">
        {view === 'about' ? (
          <Suspense fallback={<p className="text-ink-muted">…</p>}>
            <AboutView />
          </Suspense>
        ) : (
          <Dashboard />
        )}
      </main>
    </>
  );
}
