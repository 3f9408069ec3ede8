import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/components/panel/types';
import { chipsFor, filterSlug } from '@/lib/export/file-name';
import { getViewState } from '@/lib/view-state';
import { clipboardImageSupport, saveBlob } from './download';
import { useExportEnvironment } from './export-context';
import { MenuButton, type MenuSection } from './export-menu';
import { panelElement } from './panel-element';
import { ExportStatus } from './export-status';
import { useExportBusy, useExportSettings } from './export-store';
import { settingsSections } from './settings-sections';
import { asExportError, ExportError, type ExportJob, type ExportTarget } from './types';
import { useExportRunner } from './use-export-runner';

/** The Export menu in each panel's header: images, the clipboard and the data. */
export function PanelExportMenu({ panel, title }: { panel: Panel; title: string }) {
  const { t } = useTranslation();
  const { chips } = useExportEnvironment();
  const [settings] = useExportSettings();
  const busy = useExportBusy();
  const { run, state, setState, stage } = useExportRunner();
  const [screen, setScreen] = useState<{ width: number; height: number } | null>(null);
  const clipboard = clipboardImageSupport();

  const target = (): ExportTarget => {
    const own = chipsFor(chips(), panel.filters);
    return {
      panel,
      filters: own.map((chip) => chip.label).join(', '),
      fileFilters: filterSlug(own, getViewState()),
    };
  };
  const fail = (error: unknown) => setState({ status: 'failed', error: asExportError(error) });
  const dismiss = useCallback(() => setState({ status: 'idle' }), [setState]);

  const download = (kind: 'png' | 'svg' | 'csv') => {
    const job: ExportJob = { kind, target: target(), settings };
    run(job).then((result) => {
      saveBlob(result.blob, result.fileName);
      setState({ status: 'done', message: t('export.done', { file: result.fileName }) });
    }, fail);
  };

  const copy = () => {
    // The ClipboardItem is made inside the click (Safari requires it) and given the PNG to come.
    const png = run({ kind: 'png', target: target(), settings }).then((result) => result.blob);
    let written: Promise<void>;
    try {
      written = navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
    } catch (cause) {
      written = Promise.reject(cause);
    }
    void Promise.allSettled([png, written]).then(([made, copied]) => {
      if (made.status === 'rejected') fail(made.reason);
      else if (copied.status === 'rejected')
        fail(new ExportError('clipboard', { cause: copied.reason }));
      else setState({ status: 'done', message: t('export.copied') });
    });
  };

  const sections: MenuSection[] = [
    ...settingsSections(settings, t, screen),
    {
      id: 'actions',
      label: t('export.action.heading'),
      items: [
        {
          kind: 'action',
          id: 'png',
          label: t('export.action.png'),
          onSelect: () => download('png'),
        },
        {
          kind: 'action',
          id: 'svg',
          label: t('export.action.svg'),
          onSelect: () => download('svg'),
        },
        clipboard.ok
          ? { kind: 'action', id: 'copy', label: t('export.action.copy'), onSelect: copy }
          : {
              kind: 'action',
              id: 'copy',
              label: t('export.action.copyUnavailable', {
                reason: t(`export.copyReason.${clipboard.reason}`),
              }),
              disabled: true,
              onSelect: () => undefined,
            },
        {
          kind: 'action',
          id: 'csv',
          label: t('export.action.csv'),
          onSelect: () => download('csv'),
        },
      ],
    },
  ];

  const onOpen = () => {
    const box = panelElement(panel.id)?.getBoundingClientRect();
    setScreen(box ? { width: Math.round(box.width), height: Math.round(box.height) } : null);
  };

  return (
    <div className="relative">
      <MenuButton
        label={t('export.menu')}
        menuLabel={t('export.menuLabel', { title })}
        sections={sections}
        busy={state.status === 'running'}
        disabled={busy}
        onOpen={onOpen}
      />
      <ExportStatus state={state} onDismiss={dismiss} floating />
      {stage && createPortal(stage, document.body)}
    </div>
  );
}
