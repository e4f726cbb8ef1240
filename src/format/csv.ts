// Danish Excel opens UTF-8 only with a byte-order mark and splits on semicolons.
const bom = '\uFEFF';
const separator = ';';

/**
 * A cell that Excel would read as a formula (=, +, -, @, or a tab or carriage return first) gets a leading
 * apostrophe, so a note can never run as a formula (OWASP CSV injection).
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

const quote = (cell: string) => `"${neutralise(cell).replace(/"/g, '""')}"`;

/** Writes rows as CSV for Danish Excel: UTF-8 with BOM, semicolons, every cell quoted, CRLF line ends. */
export function toCsv(rows: (string | number | undefined)[][]): string {
  const format = (cell: string | number | undefined) =>
    cell === undefined ? '' : typeof cell === 'number' ? String(cell).replace('.', ',') : quote(cell);
  return bom + rows.map((row) => row.map(format).join(separator)).join('\r\n') + '\r\n';
}
