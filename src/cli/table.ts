/** Widest a column of figures gets in a terminal table: longer heads (a unit's name) are cut with an ellipsis. */
const maxHead = 16;
const firstColumn = 40;

const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/**
 * A table for a terminal: a first column of titles, then one right-aligned column per head (a date or a unit), each
 * as wide as its head or its widest figure.
 */
export function terminalTable(heads: readonly string[], rows: readonly { title: string; cells: string[] }[]): string[] {
  const shown = heads.map((h) => cut(h, maxHead));
  const widths = shown.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.cells[i] ?? '').length)));
  const line = (title: string, cells: readonly string[]) =>
    `  ${cut(title, firstColumn).padEnd(firstColumn, ' ')}${cells.map((c, i) => `  ${c.padStart(widths[i] ?? 0, ' ')}`).join('')}`;
  return [line('', shown), ...rows.map((r) => line(r.title, r.cells))];
}
