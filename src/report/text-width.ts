// Widths of Arial's (and Helvetica's, whose metrics it shares) printable ASCII characters, space (32) to tilde (126),
// in thousandths of an em, from the Adobe Core 14 font metrics.
const ascii = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];
const latin: Record<string, number> = { æ: 889, ø: 611, å: 556, Æ: 1000, Ø: 778, Å: 667, é: 556, ü: 556, ö: 556 };
/** Bold Arial is wider; this covers its widest letters over the regular ones. */
const boldFactor = 1.1;

/**
 * How wide a text is in Arial, in ems: for laying out the Word document's tables, where no font can be asked. Letters
 * not listed count as wide as an "n"; Word and LibreOffice (whose Liberation Sans has Arial's metrics) agree with it.
 */
export function arialWidth(text: string, bold = false): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += (code >= 32 && code <= 126 ? ascii[code - 32] : latin[char]) ?? 556;
  }
  return (width / 1000) * (bold ? boldFactor : 1);
}
