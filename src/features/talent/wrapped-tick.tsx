import { CHART_FONT_SIZE } from '@/components/chart/chart-theme';

/** Splits a label at spaces into lines of at most `maxChars` (a longer single word keeps its line). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface WrappedTickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: number | string };
  maxChars: number;
}

/** A category-axis tick that wraps the dataset's long labels instead of cutting them off. */
export function WrappedTick({ x, y, payload, maxChars }: WrappedTickProps) {
  if (x === undefined || y === undefined || !payload) return null;
  const lines = wrapLabel(String(payload.value), maxChars);
  const lineHeight = Math.round(CHART_FONT_SIZE * 1.2);
  // Centre the block of lines on the bar.
  const firstDy = -((lines.length - 1) * lineHeight) / 2;
  return (
    <text
      x={Number(x)}
      y={Number(y)}
      textAnchor="end"
      dominantBaseline="middle"
      fontSize={CHART_FONT_SIZE}
      fill="var(--color-ink-muted)"
    >
      {lines.map((line, i) => (
        <tspan key={line} x={Number(x)} dy={i === 0 ? firstDy : lineHeight}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
