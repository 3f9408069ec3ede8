import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PanelBody } from '@/components/panel/panel-body';
import { currentViewAddress } from '@/lib/export/provenance';
import { PANELS } from '../panel-registry';
import { useLanguageChoice } from '../language-switcher';
import { useThemeChoice } from '../theme-switcher';
import { postHeightToHost } from './post-height';

/**
 * One panel for another site's page: its title, chart (or table with `&view=table`), source line
 * and a link to the full dashboard with the same filters. No header, filters or export menus.
 */
export function EmbedView({ panelId, view }: { panelId: string; view: 'chart' | 'table' }) {
  const { t, i18n } = useTranslation();
  // Find in page can reveal the table; the embed then shows it, as the dashboard does.
  const [shown, setShown] = useState(view);
  useLanguageChoice();
  useThemeChoice();
  const panel = PANELS.find((p) => p.id === panelId);
  useEffect(() => postHeightToHost(panelId), [panelId]);

  if (!panel)
    return (
      <main className="p-4 text-ink">
        <p role="alert">{t('embed.unknownPanel')}</p>
        <a className="text-accent underline" href="./" target="_blank" rel="noopener">
          {t('embed.openDashboard')}
        </a>
      </main>
    );

  const title = panel.title(t);
  const address = currentViewAddress(i18n.language, panel.id);
  return (
    <main className="flex min-w-0 flex-col gap-3 bg-surface p-4 text-ink" data-embed={panel.id}>
      <section aria-labelledby="embed-title" className="flex min-w-0 flex-col gap-3">
        <h1 id="embed-title" className="text-xl font-semibold">
          {title}
        </h1>
        <PanelBody panel={panel} title={title} view={shown} onShowTable={() => setShown('table')} />
      </section>
      <p className="text-sm">
        <a
          href={address}
          target="_blank"
          rel="noopener"
          className="font-medium text-accent underline underline-offset-2"
          data-testid="embed-dashboard-link"
        >
          {t('embed.openDashboard')}
        </a>
      </p>
    </main>
  );
}
