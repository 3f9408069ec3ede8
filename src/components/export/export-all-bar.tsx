import { useCallback } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { chipsFor, filterSlug } from '@/lib/export/file-name';
import { getViewState } from '@/lib/view-state';
import { saveBlob } from './download';
import { useExportEnvironment } from './export-context';
import { MenuButton, type MenuSection } from './export-menu';
import { ExportStatus } from './export-status';
import { useExportBusy, useExportSettings } from './export-store';
import { settingsSections } from './settings-sections';
import { asExportError, type ExportTarget } from './types';
import { useExportRunner } from './use-export-runner';

/**
 * "Export all" (a ZIP of every visible panel's PNG and CSVs with a README, or one Excel workbook)
 * and "Meeting deck"
 * (a 16:9 PowerPoint file), both with the current filters, language and panel order. A long
 * export shows its progress; while one runs, no other can start.
 */
export function ExportAllBar() {
  const { t } = useTranslation();
  const { panels: readPanels, chips: readChips } = useExportEnvironment();
  const [settings] = useExportSettings();
  const busy = useExportBusy();
  const { run, state, setState, stage } = useExportRunner();
  const dismiss = useCallback(() => setState({ status: 'idle' }), [setState]);

  const start = (kind: 'zip' | 'deck' | 'workbook') => {
    if (busy) return;
    const chips = readChips();
    const view = getViewState();
    const targets: ExportTarget[] = readPanels().map((panel) => {
      const own = chipsFor(chips, panel.filters);
      return {
        panel,
        filters: own.map((chip) => chip.label).join(', '),
        fileFilters: filterSlug(own, view),
      };
    });
    run({
      kind,
      targets,
      settings,
      filters: chips.map((chip) => chip.label).join(', '),
      fileFilters: filterSlug(chips, view),
    }).then(
      (result) => {
        saveBlob(result.blob, result.fileName);
        setState({ status: 'done', message: t('export.done', { file: result.fileName }) });
      },
      (error: unknown) => setState({ status: 'failed', error: asExportError(error) }),
    );
  };

  const sections: MenuSection[] = [
    ...settingsSections(settings, t, null),
    {
      id: 'actions',
      label: t('export.action.heading'),
      items: [
        { kind: 'action', id: 'zip', label: t('export.action.zip'), onSelect: () => start('zip') },
        {
          kind: 'action',
          id: 'workbook',
          label: t('export.action.xlsxAll'),
          onSelect: () => start('workbook'),
        },
      ],
    },
  ];

  return (
    <div
      role="group"
      aria-label={t('export.toolbar')}
      className="flex flex-wrap items-center justify-end gap-3"
      data-testid="export-all"
    >
      <div className="min-w-0 flex-1">
        <ExportStatus state={state} onDismiss={dismiss} />
      </div>
      <MenuButton
        label={t('export.allMenu')}
        menuLabel={t('export.allMenuLabel')}
        sections={sections}
        busy={state.status === 'running'}
        disabled={busy}
      />
      <button
        type="button"
        onClick={() => start('deck')}
        aria-disabled={busy || undefined}
        aria-busy={state.status === 'running' || undefined}
        title={t('export.deckHint')}
        className="rounded-lg border border-line bg-surface px-3 py-1 text-sm font-medium text-ink hover:bg-surface-alt aria-disabled:cursor-wait aria-disabled:opacity-50"
      >
        {t('export.deckButton')}
      </button>
      {stage && createPortal(stage, document.body)}
    </div>
  );
}
