import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentDeck } from './use-current-deck';

// The editor loads when opened: the first screen does not wait for it.
const DeckEditor = lazy(() => import('./deck-editor').then((m) => ({ default: m.DeckEditor })));

/** "Deck (3)": the deck being built, and the way into its editor. */
export function DeckButton({ onPresent }: { onPresent: () => void }) {
  const { t } = useTranslation();
  const { deck } = useCurrentDeck();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-lg border border-line px-4 py-2 font-medium text-accent hover:bg-surface-alt"
        data-testid="deck-button"
      >
        {t('deck.button', { count: deck.slides.length })}
      </button>
      {open && (
        <Suspense fallback={null}>
          <DeckEditor onClose={() => setOpen(false)} onPresent={onPresent} />
        </Suspense>
      )}
    </>
  );
}
