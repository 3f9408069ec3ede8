import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PanelContent } from '@/components/panel/types';
import { useManifest } from '@/data/use-manifest';
import { computedVarLookup, baseThemeTokens } from '@/lib/export/css-vars';
import { isoDate } from '@/lib/export/file-name';
import { currentViewAddress, qrCode, shortAddress, type QrCode } from '@/lib/export/provenance';
import { formatDate, intlLocale } from '@/lib/format';
import { ViewOverrideContext } from '@/lib/view-state';
import { panelElement } from '../panel-element';
import {
  asExportError,
  drawsImages,
  ExportError,
  FIXED_SIZES,
  type ExportJob,
  type ExportTarget,
} from '../types';
import type { StageProps } from '../use-export-runner';
import { svgDocument, svgToPng, type Size } from './svg-document';
import { DECK_IMAGE_BOX } from './deck-layout';
import { assemble } from './assemble';
import { ExportCard } from './export-card';

interface ImagePlan {
  variant: 'card' | 'chart';
  /** The CSS size the card is laid out at. */
  layout: Size;
  /** The exported size in CSS pixels (the SVG's width and height). */
  output: Size;
  /** The PNG's size in pixels: output × density. */
  pixels: Size;
}

export type Captured =
  | {
      status: 'success';
      target: ExportTarget;
      title: string;
      content: PanelContent;
      png?: Blob;
      svg?: string;
    }
  | { status: 'empty' | 'error'; target: ExportTarget; title: string };

/** Slide and deck images are laid out smaller and drawn larger, so their text reads on a slide. */
const DECK_LAYOUT_WIDTH = 1280;
const DECK_ZOOM = 1.5;
const DECK_DENSITY = 2;

function imagePlan(job: ExportJob, target: ExportTarget): ImagePlan | null {
  if (!drawsImages(job.kind)) return null;
  if (job.kind === 'deck') {
    const layout = {
      width: DECK_LAYOUT_WIDTH,
      height: Math.round((DECK_LAYOUT_WIDTH * DECK_IMAGE_BOX.h) / DECK_IMAGE_BOX.w),
    };
    const output = { width: layout.width * DECK_ZOOM, height: layout.height * DECK_ZOOM };
    const pixels = { width: output.width * DECK_DENSITY, height: output.height * DECK_DENSITY };
    return { variant: 'chart', layout, output, pixels };
  }
  const { size, density } = job.settings;
  let output: Size;
  let zoom = 1;
  if (size === 'screen') {
    const box = panelElement(target.panel.id)?.getBoundingClientRect();
    output = box
      ? { width: Math.round(box.width), height: Math.round(box.height) }
      : { width: 800, height: 600 };
  } else {
    const fixed = FIXED_SIZES[size];
    output = { width: fixed.width, height: fixed.height };
    zoom = fixed.zoom;
  }
  return {
    variant: 'card',
    layout: { width: Math.round(output.width / zoom), height: Math.round(output.height / zoom) },
    output,
    pixels: { width: output.width * density, height: output.height * density },
  };
}

/** One panel: reads its state (cached data, no fetch), draws the card, captures it. */
function PanelCapture({
  job,
  target,
  tokens,
  exportedOn,
  onCaptured,
  onFailed,
}: {
  job: ExportJob;
  target: ExportTarget;
  tokens: Record<string, string>;
  exportedOn: string;
  onCaptured: (result: Captured) => void;
  onFailed: (error: ExportError) => void;
}) {
  const { t, i18n } = useTranslation();
  const state = target.panel.usePanelState();
  const title = target.slide?.title || target.panel.title(t);
  // What the image prints as its way back: this view (or the deck slide's), in this language,
  // at this panel.
  const viewUrl = target.slide?.address ?? currentViewAddress(i18n.language, target.panel.id);
  const address = shortAddress(viewUrl);
  // undefined until made; null when the address is too long for a QR code (none is drawn).
  const [qr, setQr] = useState<QrCode | null | undefined>(undefined);
  const [plan] = useState(() => imagePlan(job, target));
  const settled = useRef(false);
  const content = state.status === 'success' ? state.content : null;

  const finish = useCallback(
    (result: Captured) => {
      if (settled.current) return;
      settled.current = true;
      onCaptured(result);
    },
    [onCaptured],
  );
  const fail = useCallback(
    (error: unknown) => {
      if (settled.current) return;
      settled.current = true;
      onFailed(asExportError(error));
    },
    [onFailed],
  );

  useEffect(() => {
    if (state.status === 'pending') {
      const timer = window.setTimeout(() => fail(new ExportError('timeout', { title })), 20_000);
      return () => window.clearTimeout(timer);
    }
    if (state.status === 'empty' || state.status === 'error')
      finish({ status: state.status, target, title });
    else if (content && !plan) finish({ status: 'success', target, title, content });
  }, [state.status, content, plan, target, title, finish, fail]);

  useEffect(() => {
    let current = true;
    qrCode(viewUrl).then((made) => current && setQr(made), fail);
    return () => {
      current = false;
    };
  }, [viewUrl, fail]);

  const onReady = useCallback(
    (card: HTMLElement) => {
      if (!plan || !content) return;
      const run = async () => {
        await document.fonts.ready;
        const [source] = content.sources;
        const markup = svgDocument(
          card,
          plan.layout,
          plan.output,
          {
            title,
            description: content.takeaway,
            source: source ? `${source.publisher}, “${source.title}”` : '',
            address,
            date: isoDate(new Date()),
            language: i18n.language,
          },
          computedVarLookup(card),
        );
        const wantsSvg = job.kind === 'svg';
        const png = wantsSvg ? undefined : await svgToPng(markup, plan.pixels);
        finish({
          status: 'success',
          target,
          title,
          content,
          ...(png ? { png } : {}),
          ...(wantsSvg ? { svg: markup } : {}),
        });
      };
      run().catch(fail);
    },
    [plan, content, job.kind, title, target, address, i18n.language, finish, fail],
  );

  if (!content || !plan || qr === undefined) return null;
  return (
    <ExportCard
      content={content}
      title={title}
      filters={target.filters}
      address={address}
      qr={qr}
      highlight={target.slide?.highlight}
      layout={plan.layout}
      variant={plan.variant}
      tokens={tokens}
      exportedOn={exportedOn}
      onReady={onReady}
    />
  );
}

/**
 * The export engine, loaded on the first export. Draws each panel in turn in a hidden,
 * fixed-size container (so the responsive charts get the chosen size, whatever the window),
 * reports progress, and puts the file together.
 */
export function ExportStage({ job, onProgress, onDone, onError }: StageProps) {
  const { t, i18n: translation } = useTranslation();
  const manifest = useManifest();
  const targets = useMemo(() => ('targets' in job ? job.targets : [job.target]), [job]);
  const multi = 'targets' in job;
  const [index, setIndex] = useState(0);
  const results = useRef<Captured[]>([]);
  const [date] = useState(() => new Date());
  const exportedOn = formatDate(isoDate(date));
  // White unless the current theme is kept: the light theme's tokens, set on the card.
  const tokens = useMemo(
    () => (job.settings.keepTheme ? {} : baseThemeTokens()),
    [job.settings.keepTheme],
  );
  const finished = useRef(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const target = targets[index];
    onProgress({
      done: index,
      total: targets.length + (multi ? 1 : 0),
      title: target ? target.panel.title(t) : null,
    });
  }, [index, targets, multi, onProgress, t]);

  const onCaptured = useCallback((result: Captured) => {
    results.current.push(result);
    setIndex((i) => i + 1);
  }, []);
  const onFailed = useCallback(
    (error: ExportError) => {
      finished.current = true;
      setFailed(true);
      onError(error);
    },
    [onError],
  );

  useEffect(() => {
    if (index < targets.length || finished.current) return;
    finished.current = true;
    const asOf = manifest.data ? formatDate(manifest.data.asOf) : null;
    assemble(job, results.current, {
      t,
      date,
      exportedOn,
      asOf,
      language: intlLocale(translation.language),
      languageCode: translation.language,
    }).then(onDone, (error: unknown) => onError(asExportError(error)));
  }, [
    index,
    targets.length,
    job,
    t,
    date,
    exportedOn,
    manifest.data,
    translation.language,
    onDone,
    onError,
  ]);

  const target = targets[index];
  return (
    <div
      aria-hidden="true"
      inert
      data-testid="export-stage"
      style={{ position: 'fixed', left: -20000, top: 0, pointerEvents: 'none' }}
    >
      {target && !failed && (
        // A deck slide's panel reads the slide's filters, not the dashboard's.
        <ViewOverrideContext.Provider value={target.slide?.view ?? null}>
          <PanelCapture
            key={target.slide?.key ?? target.panel.id}
            job={job}
            target={target}
            tokens={tokens}
            exportedOn={exportedOn}
            onCaptured={onCaptured}
            onFailed={onFailed}
          />
        </ViewOverrideContext.Provider>
      )}
    </div>
  );
}
