import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { saveBlob } from '@/components/export/download';
import { ExportStatus } from '@/components/export/export-status';
import { useExportBusy, useExportSettings } from '@/components/export/export-store';
import { asExportError, type ExportTarget } from '@/components/export/types';
import { useExportRunner } from '@/components/export/use-export-runner';
import { chipsFor, filterSlug, slugify } from '@/lib/export/file-name';
import { viewAddress } from '@/lib/export/provenance';
import { DEFAULT_VIEW } from '@/lib/view-state';
import { activeChips } from '../filters/filter-chips';
import { useDataCatalogue, type DataCatalogue } from '../filters/use-data-catalogue';
import { highlightTargetText } from '../presentation/highlight-callout';
import { PANELS } from '../panel-registry';
import { slideView, type Deck } from './deck-schema';

/** Each slide of the deck as an export target: its panel, its own filters, words and emphasis. */
export function deckTargets(
  deck: Deck,
  catalogue: DataCatalogue,
  t: TFunction,
  language: string,
): ExportTarget[] {
  const page = `${window.location.origin}${window.location.pathname}`;
  return deck.slides.flatMap((slide) => {
    const panel = PANELS.find((p) => p.id === slide.panel);
    if (!panel) return [];
    const view = slideView(slide);
    const full = { ...DEFAULT_VIEW, ...view };
    const chips = chipsFor(activeChips(full, catalogue, t), panel.filters);
    const { highlight } = slide;
    const callout = highlight
      ? [t('deck.highlightOn', { target: highlightTargetText(highlight) }), highlight.note]
          .filter(Boolean)
          .join(' ')
      : undefined;
    return [
      {
        panel,
        filters: chips.map((chip) => chip.label).join(', '),
        fileFilters: filterSlug(chips, full),
        slide: {
          key: slide.id,
          view,
          address: viewAddress({ page, search: `?${slide.filters}`, language, panelId: panel.id }),
          ...(slide.title ? { title: slide.title } : {}),
          ...(slide.note ? { note: slide.note } : {}),
          ...(highlight ? { highlight } : {}),
          ...(callout ? { callout } : {}),
        },
      },
    ];
  });
}

/**
 * The saved deck as a PowerPoint file: its slides in its order, each with its own filters, title
 * and highlight, native charts where they exist, and the speaker note first in the slide's notes.
 */
export function DeckPptxButton({ deck, className }: { deck: Deck; className: string }) {
  const { t, i18n } = useTranslation();
  const catalogue = useDataCatalogue();
  const [settings] = useExportSettings();
  const busy = useExportBusy();
  const { run, state, setState, stage } = useExportRunner();
  const name = deck.name || t('deck.untitled');

  const start = () => {
    if (busy || deck.slides.length === 0) return;
    run({
      kind: 'deck',
      targets: deckTargets(deck, catalogue, t, i18n.language),
      settings,
      filters: t('deck.ownFilters'),
      fileFilters: slugify(name) || 'untitled',
      subject: 'deck',
      subtitle: name,
    }).then(
      (result) => {
        saveBlob(result.blob, result.fileName);
        setState({ status: 'done', message: t('export.done', { file: result.fileName }) });
      },
      (error: unknown) => setState({ status: 'failed', error: asExportError(error) }),
    );
  };

  return (
    <>
      <button
        type="button"
        className={className}
        onClick={start}
        disabled={deck.slides.length === 0}
        aria-disabled={busy || undefined}
        aria-busy={state.status === 'running' || undefined}
      >
        {t('deck.exportPptx')}
      </button>
      <ExportStatus state={state} onDismiss={() => setState({ status: 'idle' })} />
      {stage && createPortal(stage, document.body)}
    </>
  );
}
