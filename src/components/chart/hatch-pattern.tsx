/**
 * A diagonal hatch in a series colour: how every chart marks a derived value (ours, not the
 * source's). Drawn inside the chart's own svg, so an exported drawing carries its pattern; each
 * chart passes an id of its own (from its frame) so two drawings never pick up each other's.
 */
export function HatchPattern({
  id,
  color,
  opacity = 0.55,
}: {
  id: string;
  color: string;
  opacity?: number;
}) {
  return (
    <defs>
      <pattern
        id={id}
        width="8"
        height="8"
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width="8" height="8" fill={color} opacity={opacity} />
        <line x1="0" y1="0" x2="0" y2="8" stroke={color} strokeWidth="4" />
      </pattern>
    </defs>
  );
}
