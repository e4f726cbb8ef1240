// The PDF's built-in Helvetica is encoded as WinAnsi (Windows-1252): Latin-1 plus these 27 characters.
const winAnsiExtras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const isWinAnsi = (char: string) => {
  const code = char.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || winAnsiExtras.has(char);
};

// Characters users are likely to type that WinAnsi lacks, and a faithful spelling of each.
const spelled: Record<string, string> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '✘': 'x',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  '−': '-',
  '\u00a0': ' ',
  '\t': ' ',
};

/**
 * Makes text safe for the PDF's built-in font: WinAnsi characters pass, others are spelled (≥ as >=) or reduced
 * to their base letter (Ş as S); anything else, such as emoji, becomes "?". Control characters are dropped and
 * line breaks kept, so no input can garble the text after it.
 */
export function pdfSafe(text: string): string {
  let out = '';
  for (const char of text.replace(/\r\n?/g, '\n')) {
    if (char === '\n' || isWinAnsi(char)) out += char;
    else if (spelled[char] !== undefined) out += spelled[char];
    else if (/\p{Cc}|\p{Cf}/u.test(char)) continue;
    else {
      const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base.length > 0 && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
