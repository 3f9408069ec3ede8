/** Holds the chart's space while data loads, so nothing jumps when it arrives. */
export function PanelSkeleton({ label }: { label: string }) {
  return (
    <div
      role="status"
      aria-live="polite"
      className="flex flex-1 flex-col gap-4"
      data-testid="panel-loading"
    >
      <span className="sr-only">{label}</span>
      <div className="h-5 w-3/4 animate-pulse rounded bg-line motion-reduce:animate-none" />
      <div className="h-72 animate-pulse rounded-lg bg-line/60 motion-reduce:animate-none" />
      <div className="h-4 w-1/2 animate-pulse rounded bg-line motion-reduce:animate-none" />
    </div>
  );
}
