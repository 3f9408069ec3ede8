import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setViewState } from '@/lib/view-state';
import type { DeckProblem } from './deck-schema';

/** Says why the deck in the link was not opened; the dashboard works as usual under it. */
export function DeckNotice({ problem }: { problem: DeckProblem }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div
      role="alert"
      className="mx-auto mt-4 flex max-w-[1800px] flex-wrap items-center gap-3 rounded-lg border border-danger/40 bg-danger/10 px-6 py-3 text-ink"
      data-testid="deck-notice"
    >
      <p>{t(`deck.problem.${problem}`)}</p>
      <button
        type="button"
        className="rounded-md border border-line bg-surface px-3 py-1 text-ink hover:bg-surface-alt"
        onClick={() => {
          setDismissed(true);
          void setViewState({ deck: null, present: null, presenter: null, slide: null });
        }}
      >
        {t('deck.dismiss')}
      </button>
    </div>
  );
}
