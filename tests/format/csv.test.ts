import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../src/format/csv';

describe('CSV for Danish Excel', () => {
  it('starts with a byte-order mark, separates with semicolons and writes decimal commas', () => {
    expect(
      toCsv([
        ['Område', 'Score'],
        ['Bæredygtighed', 12.5],
      ]),
    ).toBe('\uFEFF"Område";"Score"\r\n"Bæredygtighed";12,5\r\n');
  });

  it('keeps quotes and line breaks inside a cell', () => {
    expect(toCsv([['sagde "nej"\nto gange']])).toBe('\uFEFF"sagde ""nej""\nto gange"\r\n');
  });

  it.each([
    '=HYPERLINK("http://x")',
    '+45 1234',
    '-1',
    '@SUM(A1)',
    '\tx',
    '\rx',
    ' =1+1',
    '\n=1+1',
    '\u00a0\u3000+1',
    '\u200b=1+1',
    '\ufeff@SUM(A1)',
    '\uff1dHYPERLINK("http://x")',
    '\uff0b1',
    '\uff0d1',
    '\uff20SUM(A1)',
  ])('neutralises %j so it cannot run as a formula', (cell) => {
    expect(neutralise(cell)).toBe(`'${cell}`);
    expect(toCsv([[cell]])).toContain(`"'`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralise('Ærø Kommune')).toBe('Ærø Kommune');
    expect(neutralise('Se punkt 3 = aftalt')).toBe('Se punkt 3 = aftalt');
    expect(neutralise('  indrykket tekst')).toBe('  indrykket tekst');
  });
});
