import type { TableModel } from './blocks';

/** How wide a text is when set on one line, bold for the header row; in the caller's unit. */
export type Measure = (text: string, bold: boolean) => number;

/** No column's minimum passes this share of the width: a word longer than that (a pasted URL) has to break. */
const longestWordShare = 0.4;
/** A column whose longest line takes at most this share of the width is short: it is given its whole line first. */
const shortShare = 0.25;

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Column widths in which no header word has to break: a column narrower than its longest header word (plus padding)
 * is widened, and the width is taken from the columns with the most to spare. The total stays the same.
 */
export function fitHeaderWords(widths: number[], longestWord: number[], padding: number): number[] {
  const fitted = widths.map((w, i) => Math.max(w, (longestWord[i] ?? 0) + padding));
  let excess = fitted.reduce((a, b) => a + b, 0) - widths.reduce((a, b) => a + b, 0);
  while (excess > 0.01) {
    const spare = fitted.map((w, i) => w - ((longestWord[i] ?? 0) + padding));
    const widest = spare.indexOf(Math.max(...spare));
    if ((spare[widest] ?? 0) <= 0.01) break;
    const take = Math.min(excess, spare[widest] ?? 0);
    fitted[widest] = (fitted[widest] ?? 0) - take;
    excess -= take;
  }
  return fitted;
}

/**
 * Column widths for a table `total` wide. With fixed shares (`table.widths`), those, widened for the header's words.
 * Otherwise they follow the content, as a browser lays out an automatic table: each column at least as wide as its
 * longest word, so no word breaks inside, and the width left given first to the short columns, so that each stands
 * on one line. A column of numbers or dates stays narrow and unbroken; a column of titles gets the room.
 */
export function fitColumns(table: TableModel, total: number, measure: Measure, padding: number): number[] {
  const cap = total * longestWordShare;
  const headWord = table.head.map((cell) => Math.max(0, ...words(cell).map((w) => measure(w, true))));
  if (table.widths) {
    const sum = table.widths.reduce((a, b) => a + b, 0);
    return fitHeaderWords(
      table.widths.map((share) => (total * share) / sum),
      headWord.map((w) => Math.min(w, cap)),
      padding,
    );
  }
  const columns = table.head.map((head, i) => {
    const cells = table.body.map((row) => row[i] ?? '');
    const word = Math.max(headWord[i] ?? 0, ...cells.flatMap((cell) => words(cell).map((w) => measure(w, false))));
    const line = Math.max(
      measure(head, true),
      ...cells.flatMap((cell) => cell.split('\n').map((l) => measure(l.trim(), false))),
    );
    const min = Math.min(word, cap) + padding;
    return { min, max: Math.max(min, line + padding) };
  });
  const sumMin = columns.reduce((a, c) => a + c.min, 0);
  const sumMax = columns.reduce((a, c) => a + c.max, 0);
  if (sumMax <= total) return columns.map((c) => (c.max * total) / sumMax);
  if (sumMin >= total) return columns.map((c) => (c.min * total) / sumMin);
  // The width left over goes first to the short columns (a number, a date, a status), whole, so they stay on one
  // line; the longer ones then share what is left like water: those that need less than an equal share get it all.
  const give = columns.map(() => 0);
  let left = total - sumMin;
  const byNeed = columns.map((c, i) => ({ i, need: c.max - c.min, short: c.max <= total * shortShare }));
  for (const { i, need } of byNeed.filter((c) => c.short).sort((a, b) => a.need - b.need)) {
    give[i] = Math.min(need, left);
    left -= give[i] ?? 0;
  }
  const long = byNeed.filter((c) => !c.short).sort((a, b) => a.need - b.need);
  long.forEach(({ i, need }, n) => {
    give[i] = Math.min(need, left / (long.length - n));
    left -= give[i] ?? 0;
  });
  return columns.map((c, i) => c.min + (give[i] ?? 0));
}
