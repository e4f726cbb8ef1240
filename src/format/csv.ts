// Danish Excel opens UTF-8 only with a byte-order mark and splits on semicolons.
const bom = '\uFEFF';
const separator = ';';

// What a spreadsheet may read past before the first character: white space (line breaks and no-break and
// ideographic spaces included), invisible format characters (zero-width space, byte-order mark) and controls.
const invisibleStart = /^[\s\p{Cf}\p{Cc}]+/u;
// Formula starts, in ASCII and in the full-width forms an East Asian input method types.
const formulaStart = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * A cell that a spreadsheet could read as a formula gets a leading apostrophe, so a note can never run as one (OWASP
 * CSV injection): a formula character, tab or carriage return first, or a formula character (ASCII or full-width)
 * after leading white space or invisible characters, which some programs and import settings skip.
 */
export function neutralise(cell: string): string {
  return /^[\t\r]/.test(cell) || formulaStart.test(cell.replace(invisibleStart, '')) ? `'${cell}` : cell;
}

const quote = (cell: string) => `"${neutralise(cell).replace(/"/g, '""')}"`;

/**
 * Writes rows as CSV, every text cell quoted, numbers with a decimal comma, CRLF line ends. By default for Danish
 * Excel: UTF-8 with a BOM, semicolons. `{ importer: true }` writes what Jira's and Azure DevOps' importers read
 * (text only): commas and no BOM, as a BOM becomes part of the first column's name and the importer no longer
 * knows it.
 */
export function toCsv(rows: (string | number | undefined)[][], { importer = false } = {}): string {
  const format = (cell: string | number | undefined) =>
    cell === undefined ? '' : typeof cell === 'number' ? String(cell).replace('.', ',') : quote(cell);
  return (
    (importer ? '' : bom) + rows.map((row) => row.map(format).join(importer ? ',' : separator)).join('\r\n') + '\r\n'
  );
}
