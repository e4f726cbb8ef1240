import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n';
import { differenceText, overlapTexts } from '../../src/format/series-text';

describe('where units differ, in words', () => {
  it('gives the difference of the rounded figures shown, so a reader’s subtraction matches', () => {
    const t = createTranslator('da');
    const text = differenceText(
      {
        sectionId: 'cybersecurity',
        kind: 'maturity-area',
        spread: 61.6 - 56.4,
        highest: { unit: 'Børn og Unge', value: 61.6 },
        lowest: { unit: 'Teknik og Miljø', value: 56.4 },
      },
      t,
    );
    expect(text).toContain('Børn og Unge 62, Teknik og Miljø 56');
    expect(text).toContain('forskel 6');
  });
});

describe('lines on top of each other in a trend chart', () => {
  it('names the areas with the same figure at every assessment, and nothing when every line can be seen', () => {
    const t = createTranslator('da');
    const rows = [
      { label: 'Kompetencer', values: [33.3, 40, 52] },
      { label: 'Juridiske afklaringer', values: [20, 40, 52] },
      { label: 'Forandringsledelse', values: [33.34, 40, 52] },
    ];
    expect(overlapTexts(rows, t, 'da')).toEqual([
      'Kompetencer og Forandringsledelse ligger oven i hinanden: de har samme score ved hver vurdering.',
    ]);
    expect(overlapTexts(rows.slice(0, 2), t, 'da')).toEqual([]);
  });
});
