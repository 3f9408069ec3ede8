import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartHighlight } from '@/components/chart/highlight';
import { LIMITS, MAX_SECONDS, MIN_SECONDS } from './deck-schema';

/** What a presenter writes on a slide: the form the Add dialog and the deck editor share. */
export interface SlideDraft {
  title: string;
  note: string;
  view: 'chart' | 'table';
  highlightKind: 'none' | 'year' | 'series' | 'category';
  highlightValue: string;
  callout: string;
  seconds: string;
}

export function draftHighlight(draft: SlideDraft): ChartHighlight | undefined {
  const value = draft.highlightValue.trim();
  const note = draft.callout.trim() || undefined;
  if (draft.highlightKind === 'none' || !value) return undefined;
  if (draft.highlightKind === 'year') {
    const year = Number(value);
    return /^\d{4}$/.test(value) && year >= 1990 && year <= 2100
      ? { target: { kind: 'year', year }, note }
      : undefined;
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/.test(value)) return undefined;
  return draft.highlightKind === 'series'
    ? { target: { kind: 'series', id: value }, note }
    : { target: { kind: 'category', key: value }, note };
}

export function highlightDraft(highlight: ChartHighlight | undefined) {
  const target = highlight?.target;
  return {
    highlightKind: target?.kind ?? 'none',
    highlightValue: !target
      ? ''
      : target.kind === 'year'
        ? String(target.year)
        : target.kind === 'series'
          ? target.id
          : target.key,
    callout: highlight?.note ?? '',
  } as const;
}

const inputClass = 'w-full rounded-md border border-line bg-surface px-2 py-1 text-ink';

export function SlideFields({
  draft,
  onChange,
  showSeconds = false,
}: {
  draft: SlideDraft;
  onChange: (draft: SlideDraft) => void;
  showSeconds?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<SlideDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="grid gap-3">
      <label className="grid gap-1" htmlFor={`${id}-title`}>
        {t('deck.field.title')}
        <input
          id={`${id}-title`}
          className={inputClass}
          value={draft.title}
          maxLength={LIMITS.title}
          onChange={(e) => set({ title: e.target.value })}
        />
      </label>
      <label className="grid gap-1" htmlFor={`${id}-note`}>
        {t('deck.field.note')}
        <textarea
          id={`${id}-note`}
          className={inputClass}
          rows={3}
          value={draft.note}
          maxLength={LIMITS.note}
          onChange={(e) => set({ note: e.target.value })}
        />
      </label>
      <fieldset className="flex flex-wrap gap-4">
        <legend>{t('deck.field.view')}</legend>
        {(['chart', 'table'] as const).map((option) => (
          <label key={option} className="flex items-center gap-1">
            <input
              type="radio"
              name={`${id}-view`}
              checked={draft.view === option}
              onChange={() => set({ view: option })}
            />
            {t(`panel.view.${option}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-2 sm:grid-cols-3">
        <legend>{t('deck.field.highlight')}</legend>
        <label className="grid gap-1" htmlFor={`${id}-kind`}>
          {t('deck.field.highlightKind')}
          <select
            id={`${id}-kind`}
            className={inputClass}
            value={draft.highlightKind}
            onChange={(e) => set({ highlightKind: e.target.value as SlideDraft['highlightKind'] })}
          >
            {(['none', 'year', 'series', 'category'] as const).map((kind) => (
              <option key={kind} value={kind}>
                {t(`deck.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1" htmlFor={`${id}-value`}>
          {t('deck.field.highlightValue')}
          <input
            id={`${id}-value`}
            className={inputClass}
            value={draft.highlightValue}
            disabled={draft.highlightKind === 'none'}
            maxLength={64}
            onChange={(e) => set({ highlightValue: e.target.value })}
          />
        </label>
        <label className="grid gap-1" htmlFor={`${id}-callout`}>
          {t('deck.field.callout')}
          <input
            id={`${id}-callout`}
            className={inputClass}
            value={draft.callout}
            disabled={draft.highlightKind === 'none'}
            maxLength={LIMITS.callout}
            onChange={(e) => set({ callout: e.target.value })}
          />
        </label>
      </fieldset>
      {showSeconds && (
        <label className="grid gap-1" htmlFor={`${id}-seconds`}>
          {t('deck.field.seconds')}
          <input
            id={`${id}-seconds`}
            type="number"
            className={inputClass}
            min={MIN_SECONDS}
            max={MAX_SECONDS}
            value={draft.seconds}
            onChange={(e) => set({ seconds: e.target.value })}
          />
        </label>
      )}
    </div>
  );
}
