import type { NativeChart } from '@/components/panel/native-chart';

/** Our series styles (chart-theme.ts) in PowerPoint's words: dash and marker per series. */
const DASHES = ['solid', 'dash', 'sysDot', 'dashDot', 'sysDash'] as const;
const MARKERS = ['circle', 'square', 'diamond', 'triangle', 'x'] as const;
/** A comparison line's marker shape in PowerPoint's words (its "cross" is an x). */
const PEER_SYMBOLS = {
  circle: 'circle',
  square: 'square',
  diamond: 'diamond',
  triangle: 'triangle',
  cross: 'x',
} as const;

export function seriesDash(style: number): string {
  return DASHES[style % DASHES.length] ?? 'solid';
}
export function seriesMarker(style: number): string {
  return MARKERS[style % MARKERS.length] ?? 'circle';
}

const TYPE = {
  line: { type: 'line', barDir: undefined, grouping: undefined },
  bar: { type: 'bar', barDir: 'bar', grouping: 'clustered' },
  column: { type: 'bar', barDir: 'col', grouping: 'clustered' },
  'stacked-bar': { type: 'bar', barDir: 'bar', grouping: 'stacked' },
  'stacked-column': { type: 'bar', barDir: 'col', grouping: 'stacked' },
} as const;

/** pptxgenjs' chart type name, data and options for a native chart. */
export function nativeChartSpec(
  chart: NativeChart,
  look: {
    ink: string;
    muted: string;
    line: string;
    series: readonly string[];
    font: string;
    lang: string;
  },
) {
  const kind = TYPE[chart.type];
  const horizontal = kind.barDir === 'bar';
  const data = chart.series.map((s) => ({
    name: s.name,
    labels: [...chart.categories],
    // pptxgenjs writes null as an empty cell; the file is then cleaned so it is a gap.
    values: s.values.map((v) => v),
  }));
  const colors = chart.series.map((s) => look.series[s.style % look.series.length] ?? look.ink);
  const options = {
    chartColors: colors,
    lang: look.lang,
    showLegend: chart.series.length > 1,
    legendPos: 'b',
    legendFontFace: look.font,
    legendFontSize: 14,
    legendColor: look.ink,
    catAxisLabelFontFace: look.font,
    catAxisLabelFontSize: 14,
    catAxisLabelColor: look.muted,
    catAxisLineShow: true,
    catAxisLineColor: look.line,
    valAxisLabelFontFace: look.font,
    valAxisLabelFontSize: 14,
    valAxisLabelColor: look.muted,
    valAxisLineShow: false,
    valGridLine: { color: look.line, size: 0.75 },
    catGridLine: { style: 'none' },
    ...(chart.format
      ? { valAxisLabelFormatCode: chart.format, dataLabelFormatCode: chart.format }
      : {}),
    ...(chart.min !== undefined ? { valAxisMinVal: chart.min } : {}),
    ...(chart.max !== undefined ? { valAxisMaxVal: chart.max } : {}),
    ...(chart.valueTitle
      ? {
          showValAxisTitle: true,
          valAxisTitle: chart.valueTitle,
          valAxisTitleFontFace: look.font,
          valAxisTitleFontSize: 14,
          valAxisTitleColor: look.muted,
        }
      : {}),
    // Rank axes: 1 at the top (bars: at the left), the category axis kept at the bottom.
    ...(chart.reversed
      ? { valAxisOrientation: 'maxMin', valAxisCrossesAt: 'max', catAxisLabelPos: 'high' }
      : {}),
    // Bar charts list their first category at the top, as on the page, values along the bottom.
    ...(horizontal
      ? { catAxisOrientation: 'maxMin', catAxisCrossesAt: 'max', valAxisLabelPos: 'high' }
      : {}),
    ...(kind.barDir ? { barDir: kind.barDir, barGrouping: kind.grouping, barGapWidthPct: 60 } : {}),
    ...(kind.type === 'line'
      ? { lineSize: 3, lineDataSymbolSize: 9, displayBlanksAs: 'gap' }
      : {
          showValue: chart.categories.length * chart.series.length <= 24,
          dataLabelFontSize: 12,
          dataLabelColor: look.ink,
          dataLabelFontFace: look.font,
        }),
  };
  return { type: kind.type, data, options };
}

/**
 * pptxgenjs styles every series of a chart alike; ours differ by dash and marker too, so each
 * series' line and symbol are set in the chart's XML. An empty value becomes no point at all,
 * which PowerPoint draws as a gap.
 */
export function styleChartXml(xml: string, chart: NativeChart): string {
  let index = 0;
  const styled = xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const series = chart.series[index++];
    if (!series) return ser;
    if (chart.type !== 'line') return ser;
    const dash = series.peer ? 'sysDot' : seriesDash(series.style);
    const marker = series.peer ? PEER_SYMBOLS[series.peer.marker] : seriesMarker(series.style);
    // The series line's dash comes first in its <c:ser>; the marker's outline stays solid.
    const styledSer = ser
      .replace('<a:prstDash val="solid"/>', `<a:prstDash val="${dash}"/>`)
      .replace(/<c:symbol val="[a-z]+"\/>/, `<c:symbol val="${marker}"/>`);
    // A comparison line is thinner than Hong Kong's (lineSize 3 pt = 38100 EMU): 1.5 pt.
    return series.peer ? styledSer.replace(/<a:ln w="\d+"/, '<a:ln w="19050"') : styledSer;
  });
  return styled.replace(/<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g, '');
}
