import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfSafe } from '../../src/report/text';

describe('text for the PDF font', () => {
  it('keeps Danish letters, dashes, quotes and the euro sign', () => {
    expect(pdfSafe('Ærø, Søby og Åbenrå – “nok” … 12 € æøå')).toBe('Ærø, Søby og Åbenrå – “nok” … 12 € æøå');
  });

  it('spells or simplifies what the font lacks, and marks the rest', () => {
    expect(pdfSafe('≥ 3 ✓ → Łódź Ştefan 🚀')).toBe('>= 3 v -> Lódz Stefan ?');
  });

  it('keeps line breaks and drops control and direction characters', () => {
    expect(pdfSafe('a\r\nb\u0007c\u202Ed')).toBe('a\nbcd');
  });

  it('always returns characters the font has', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        for (const char of pdfSafe(text)) {
          const code = char.codePointAt(0)!;
          expect(char === '\n' || (code >= 0x20 && code <= 0x7e) || code >= 0xa0).toBe(true);
          expect(code).toBeLessThan(0x2200);
        }
      }),
    );
  });
});
