import { useTranslation } from 'react-i18next';
import { DEFAULT_VIEW, useViewState, type ViewKey, type ViewState } from '@/lib/view-state';
import type { DataCatalogue } from './use-data-catalogue';

interface Chip {
  key: string;
  label: string;
  clear: Partial<Record<ViewKey, null>>;
}

/** Every active (non-default) filter as a chip a user can remove. */
export function activeChips(
  view: ViewState,
  catalogue: DataCatalogue,
  t: ReturnType<typeof useTranslation>['t'],
): Chip[] {
  const chips: Chip[] = [];
  const first = catalogue.years[0];
  const last = catalogue.years.at(-1);
  if (view.from !== null || view.to !== null) {
    const from = Math.min(view.from ?? first ?? 0, view.to ?? last ?? 0);
    const to = Math.max(view.from ?? first ?? 0, view.to ?? last ?? 0);
    chips.push({
      key: 'years',
      label: t('filters.chip.years', { from, to }),
      clear: { from: null, to: null },
    });
  }
  if (view.area)
    chips.push({
      key: 'area',
      label: t('filters.chip.area', { area: t(`filters.areaOption.${view.area}`) }),
      clear: { area: null },
    });
  if (view.index.join() !== DEFAULT_VIEW.index.join())
    chips.push({
      key: 'index',
      label: t('filters.chip.indices', {
        indices: view.index.map((i) => catalogue.labelOf(i) ?? i).join(', '),
      }),
      clear: { index: null },
    });
  if (view.metric !== DEFAULT_VIEW.metric)
    chips.push({ key: 'metric', label: t('filters.chip.metric'), clear: { metric: null } });
  if (view.sector)
    chips.push({
      key: 'sector',
      label: t('filters.chip.sector', { sector: catalogue.labelOf(view.sector) ?? view.sector }),
      clear: { sector: null },
    });
  if (view.subject)
    chips.push({
      key: 'subject',
      label: t('filters.chip.subject', {
        subject: catalogue.labelOf(view.subject) ?? view.subject,
      }),
      clear: { subject: null },
    });
  if (view.university)
    chips.push({
      key: 'university',
      label: t('filters.chip.university', {
        university: catalogue.labelOf(view.university) ?? view.university,
      }),
      clear: { university: null },
    });
  if (view.compare.length > 0)
    chips.push({
      key: 'compare',
      label: t('filters.chip.compare', {
        economies: view.compare.map((e) => catalogue.labelOf(e) ?? e).join(', '),
      }),
      clear: { compare: null },
    });
  if (view.count !== DEFAULT_VIEW.count)
    chips.push({ key: 'count', label: t('filters.chip.count'), clear: { count: null } });
  return chips;
}

export function FilterChips({ catalogue }: { catalogue: DataCatalogue }) {
  const { t } = useTranslation();
  const [view, setView] = useViewState();
  const chips = activeChips(view, catalogue, t);
  if (chips.length === 0) return null;
  return (
    <ul aria-label={t('filters.active')} className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.key}>
          <button
            type="button"
            onClick={() => void setView(chip.clear)}
            aria-label={t('filters.remove', { label: chip.label })}
            className="flex items-center gap-1 rounded-full border border-accent bg-accent/10 px-3 py-0.5 text-sm text-ink hover:bg-accent/20"
          >
            {chip.label}
            <span aria-hidden="true" className="text-base leading-none">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
