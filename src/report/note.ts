/** Most lines of one note in the report, blank lines between paragraphs included. */
export const maxNoteLines = 20;
/** Most characters of one note in the report. */
export const maxNoteChars = 1500;

/**
 * A note as the report prints it: runs of blank lines folded into one and the whole cut to a bounded length, so no
 * note (a pasted page of blank lines, a whole document) can turn the report into thousands of pages. `shortened`
 * says the report must tell the reader that the full note is in the answers file.
 */
export function reportNote(note: string): { text: string; shortened: boolean } {
  const lines = note
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== ''));
  while (lines.at(-1) === '') lines.pop();
  const folded = lines.join('\n');
  let text = lines.slice(0, maxNoteLines).join('\n');
  if (text.length > maxNoteChars) text = text.slice(0, maxNoteChars).trimEnd();
  return { text, shortened: text.length < folded.length };
}
