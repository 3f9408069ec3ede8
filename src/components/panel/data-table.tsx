import { cellText } from './table-cell';
import type { TableModel } from './types';

export function DataTable({ table }: { table: TableModel }) {
  return (
    <div
      className="max-h-96 overflow-auto rounded-lg border border-line"
      tabIndex={0}
      role="region"
      aria-label={table.caption}
    >
      <table className="w-full border-collapse text-left text-base">
        <caption className="sr-only">{table.caption}</caption>
        <thead className="sticky top-0 bg-surface-alt">
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className={`px-3 py-2 font-semibold text-ink ${column.numeric ? 'text-right' : ''}`}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className="border-t border-line">
              {row.cells.map((cell, i) => {
                const column = table.columns[i];
                const align = column?.numeric ? 'text-right tabular-nums' : '';
                return i === 0 ? (
                  <th
                    key={column?.key ?? i}
                    scope="row"
                    className={`px-3 py-2 font-medium text-ink ${align}`}
                  >
                    {cellText(cell)}
                  </th>
                ) : (
                  <td key={column?.key ?? i} className={`px-3 py-2 text-ink ${align}`}>
                    {cellText(cell)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
