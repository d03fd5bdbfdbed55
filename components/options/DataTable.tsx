/**
 * The options page's tables, one way: a caption for screen readers, column headers, the cell that
 * names each row as its row header, a scrollable region that keyboard users can reach when the
 * table is wider than the page, and a sentence instead of an empty table.
 */
import type { ComponentChildren } from 'preact';

export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  /** This cell names the row (a `<th scope="row">`): exactly one column should. */
  rowHeader?: boolean;
}

export interface DataTableProps<T> {
  /** Caption and the scroll region's name. */
  label: string;
  testId: string;
  /** Said instead of an empty table. */
  empty: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
}

export function DataTable<T>({ label, testId, empty, columns, rows, rowKey }: DataTableProps<T>) {
  if (rows.length === 0) return <p>{empty}</p>;
  return (
    <div class="tv-table-wrap" tabIndex={0} role="region" aria-label={label}>
      <table class="tv-table" data-testid={testId}>
        <caption class="tv-visually-hidden">{label}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th scope="row" key={c.header}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.header}>{c.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A row's action button, named for the row it acts on ("Delete Anna Schmidt"). */
export function RowButton({ label, name, onClick }: { label: string; name: string; onClick: () => void }) {
  return (
    <button type="button" class="tv-button" aria-label={name} onClick={onClick}>
      {label}
    </button>
  );
}
