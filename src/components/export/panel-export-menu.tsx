import { useCallback, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Panel } from '@/components/panel/types';
import { chipsFor, filterSlug } from '@/lib/export/file-name';
import { embedUrl, iframeCode } from '@/lib/export/embed-code';
import { captionHtml, captionText, type ImageCaption } from '@/lib/export/rich-copy';
import { getViewState } from '@/lib/view-state';
import { clipboardImageSupport, saveBlob } from './download';
import { useExportEnvironment } from './export-context';
import { MenuButton, type MenuSection } from './export-menu';
import { panelElement } from './panel-element';
import { EmbedDialog } from './embed-dialog';
import { ExportStatus } from './export-status';
import { useExportBusy, useExportSettings } from './export-store';
import { settingsSections } from './settings-sections';
import { asExportError, ExportError, type ExportJob, type ExportTarget } from './types';
import { useExportRunner } from './use-export-runner';

/** The Export menu in each panel's header: images, the clipboard and the data. */
export function PanelExportMenu({ panel, title }: { panel: Panel; title: string }) {
  const { t, i18n } = useTranslation();
  const { chips } = useExportEnvironment();
  const [embed, setEmbed] = useState<{ code: string; copied: boolean } | null>(null);
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

  const download = (kind: 'png' | 'svg' | 'csv' | 'xlsx') => {
    const job: ExportJob = { kind, target: target(), settings };
    run(job).then((result) => {
      saveBlob(result.blob, result.fileName);
      setState({ status: 'done', message: t('export.done', { file: result.fileName }) });
    }, fail);
  };

  const copy = () => {
    // The ClipboardItem is made inside the click (Safari requires it) and given the files to come:
    // the PNG, and an HTML caption and plain text naming the title, the sources and the view, so a
    // paste into Word or Outlook keeps the attribution.
    const made = run({ kind: 'png', target: target(), settings });
    const png = made.then((result) => result.blob);
    const words = { source: t('export.copyCaption.source'), view: t('export.copyCaption.view') };
    const caption = made.then(
      (result): ImageCaption =>
        result.caption ?? { title, sources: [], address: window.location.href },
    );
    const html = Promise.all([png.then(blobToDataUrl), caption]).then(
      ([url, about]) => new Blob([captionHtml(url, about, words)], { type: 'text/html' }),
    );
    const text = caption.then((c) => new Blob([captionText(c, words)], { type: 'text/plain' }));
    let written: Promise<void>;
    try {
      written = navigator.clipboard.write([
        new ClipboardItem({ 'image/png': png, 'text/html': html, 'text/plain': text }),
      ]);
    } catch (cause) {
      written = Promise.reject(cause);
    }
    void Promise.allSettled([png, written]).then(([drawn, copied]) => {
      if (drawn.status === 'rejected') fail(drawn.reason);
      else if (copied.status === 'rejected')
        fail(new ExportError('clipboard', { cause: copied.reason }));
      else setState({ status: 'done', message: t('export.copied') });
    });
  };

  const showEmbed = () => {
    const { origin, pathname, search } = window.location;
    const url = embedUrl({
      page: `${origin}${pathname}`,
      search,
      panelId: panel.id,
      language: i18n.language,
    });
    const code = iframeCode(url, title);
    setEmbed({ code, copied: false });
    // Copied when the browser allows it; the dialog shows the code to select either way.
    navigator.clipboard?.writeText(code).then(
      () => setEmbed((shown) => (shown?.code === code ? { code, copied: true } : shown)),
      () => undefined,
    );
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
        {
          kind: 'action',
          id: 'xlsx',
          label: t('export.action.xlsx'),
          onSelect: () => download('xlsx'),
        },
        {
          kind: 'action',
          id: 'embed',
          label: t('export.action.embed'),
          onSelect: showEmbed,
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
      {embed && (
        <EmbedDialog
          title={title}
          code={embed.code}
          copied={embed.copied}
          onClose={() => setEmbed(null)}
        />
      )}
    </div>
  );
}

function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}
