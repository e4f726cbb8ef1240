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

  it.each(['=HYPERLINK("http://x")', '+45 1234', '-1', '@SUM(A1)', '\tx', '\rx'])(
    'neutralises %j so it cannot run as a formula',
    (cell) => {
      expect(neutralise(cell)).toBe(`'${cell}`);
      expect(toCsv([[cell]])).toContain(`"'`);
    },
  );

  it('leaves ordinary text alone', () => {
    expect(neutralise('Ærø Kommune')).toBe('Ærø Kommune');
  });
});
