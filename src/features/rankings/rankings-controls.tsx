import { useTranslation } from 'react-i18next';
import {
  COMPARE_ECONOMIES,
  setViewState,
  useViewKeys,
  type CompareEconomy,
} from '@/lib/view-state';
import type { RankingsData } from './select-rankings';

/** "Compare with": peer economies drawn beside Hong Kong; the choice lives in the address. */
export function RankingsControls({ economies }: { economies: RankingsData['economies'] }) {
  const { t } = useTranslation();
  const { compare } = useViewKeys(['compare']);
  const toggle = (id: CompareEconomy) => {
    const next = compare.includes(id) ? compare.filter((e) => e !== id) : [...compare, id];
    void setViewState({
      compare: next.length ? COMPARE_ECONOMIES.filter((e) => next.includes(e)) : null,
    });
  };
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2 text-base">
      <legend className="sr-only">{t('rankings.compare')}</legend>
      <span aria-hidden="true" className="font-medium">
        {t('rankings.compare')}
      </span>
      {economies.map((e) => (
        <label key={e.id} className="flex cursor-pointer items-center gap-2">
          <input
            type="checkbox"
            name="rankings-compare"
            value={e.id}
            checked={compare.includes(e.id)}
            onChange={() => toggle(e.id)}
            className="size-4 accent-accent"
          />
          {e.label}
        </label>
      ))}
      <span className="text-sm text-ink-muted">{t('rankings.compareHelp')}</span>
    </fieldset>
  );
}
