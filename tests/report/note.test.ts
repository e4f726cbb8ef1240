import { describe, expect, it } from 'vitest';
import { maxNoteChars, maxNoteLines, reportNote } from '../../src/report/note';

describe('a note in the report', () => {
  it('is printed as written when it is short', () => {
    expect(reportNote('Aftalt i ledelsen.\n\nSe bilag 2.')).toEqual({
      text: 'Aftalt i ledelsen.\n\nSe bilag 2.',
      shortened: false,
    });
  });

  it('folds runs of blank lines into one, without calling that a shortening', () => {
    expect(reportNote('\n\nFørst\r\n\r\n\r\n   \nSidst\n\n\n')).toEqual({ text: 'Først\n\nSidst', shortened: false });
  });

  it('is cut after its line and character limits, and says so', () => {
    const lines = reportNote(Array.from({ length: 50 }, (_, i) => `Linje ${i}`).join('\n'));
    expect(lines.text.split('\n')).toHaveLength(maxNoteLines);
    expect(lines.shortened).toBe(true);
    const long = reportNote('x'.repeat(10_000));
    expect(long).toEqual({ text: 'x'.repeat(maxNoteChars), shortened: true });
  });
});
