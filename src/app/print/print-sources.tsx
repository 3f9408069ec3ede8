import { useTranslation } from 'react-i18next';
import type { Panel } from '@/components/panel/types';
import { SourceCitation } from '@/components/panel/source-line';
import { usePrintMedium } from '@/lib/use-print-medium';

function PanelLaterSources({ panel }: { panel: Panel }) {
  const { t } = useTranslation();
  const state = panel.usePanelState();
  if (state.status !== 'success') return null;
  const later = state.content.sources.slice(1);
  if (later.length === 0) return null;
  return (
    <div className="mb-3" data-print-sources-for={panel.id}>
      <h3 className="font-semibold text-ink">{panel.title(t)}</h3>
      <ol className="list-decimal pl-5">
        {later.map((source) => (
          <li key={source.id} className="break-inside-avoid">
            <SourceCitation source={source} />
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * On paper, the reports that extend each panel to later years are listed here, after the last
 * panel, as a report's endnotes are: in the panel they can run to dozens of lines and push it
 * over its page. Each panel's own footer keeps its main source and says where the rest are.
 */
export function PrintSources({ panels }: { panels: readonly Panel[] }) {
  const { t } = useTranslation();
  if (usePrintMedium().medium !== 'print') return null;
  return (
    <section
      aria-labelledby="print-sources-title"
      className="mt-6 hidden border-t-2 border-ink pt-3 text-ink-muted print:block"
      data-print-sources
    >
      <h2 id="print-sources-title" className="text-lg font-bold text-ink">
        {t('print.sources')}
      </h2>
      <p className="mb-3">{t('print.sourcesIntro')}</p>
      {panels.map((panel) => (
        <PanelLaterSources key={panel.id} panel={panel} />
      ))}
    </section>
  );
}
