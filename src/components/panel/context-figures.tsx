import type { ContextFigure } from './types';

export function ContextFigures({ figures }: { figures: ContextFigure[] }) {
  return (
    <dl className="grid grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] gap-3">
      {figures.map((figure) => (
        <div
          key={figure.id}
          className="rounded-lg bg-surface-alt px-3 py-2"
          data-figure={figure.id}
        >
          <dt className="text-sm text-ink-muted">{figure.label}</dt>
          <dd className="text-xl font-semibold text-ink tabular-nums">{figure.value}</dd>
          {figure.detail && <dd className="text-xs text-ink-muted">{figure.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
