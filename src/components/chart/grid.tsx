import { CartesianGrid } from 'recharts';
import { gridStroke, NO_GRID_LINES } from './chart-theme';

/**
 * Dashed lines across the plot at the value axis's ticks: horizontal for a value axis at the
 * side (`y`), vertical for one along the bottom (`x`). The other direction is neither drawn nor
 * worked out.
 */
export function ValueGrid({ axis }: { axis: 'x' | 'y' }) {
  const other =
    axis === 'y'
      ? { vertical: false, verticalCoordinatesGenerator: NO_GRID_LINES }
      : { horizontal: false, horizontalCoordinatesGenerator: NO_GRID_LINES };
  return <CartesianGrid stroke={gridStroke} strokeDasharray="3 3" {...other} />;
}
