import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n';
import { differenceText, overlapTexts, unitDatesApartText, unitDatesText } from '../../src/format/series-text';

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
    expect(text).toBe(
      'Cybersikkerhed og NIS2: mest moden er Børn og Unge (62), mindst Teknik og Miljø (56), forskel 6',
    );
  });

  it('says a barrier’s highest score is the most pressure, not the best', () => {
    const t = createTranslator('en');
    const text = differenceText(
      {
        sectionId: 'barriers-competencies',
        kind: 'barrier-category',
        spread: 22,
        highest: { unit: 'Teknik og Miljø', value: 78 },
        lowest: { unit: 'Social og Sundhed', value: 56 },
      },
      t,
    );
    expect(text).toBe(
      'Competencies: most pressure in Teknik og Miljø (78), least in Social og Sundhed (56), difference 22',
    );
  });
});

describe('when each unit was assessed', () => {
  const unit = (name: string, date?: string) => ({
    unit: name,
    label: `${name}.json`,
    ...(date ? { date } : {}),
    scores: [],
    standing: [],
  });

  it('gives each unit’s date, says when a file gives none, and cautions when more than a year lies between them', () => {
    const t = createTranslator('da');
    const close = [
      unit('Teknik og Miljø', '2026-11-20T10:00:00+01:00'),
      unit('Børn og Unge', '2025-11-24T10:00:00+01:00'),
    ];
    expect(unitDatesText(close, t, 'da')).toBe('Vurderet: Teknik og Miljø 20.11.2026; Børn og Unge 24.11.2025.');
    expect(unitDatesApartText(close, t)).toBeUndefined();
    const apart = [...close, unit('Social og Sundhed', '2023-03-15T10:00:00+01:00'), unit('Kultur og Fritid')];
    expect(unitDatesText(apart, t, 'da')).toMatch(/Social og Sundhed 15\.03\.2023; Kultur og Fritid \(uden dato\)\.$/);
    expect(unitDatesApartText(apart, t)).toMatch(/^Der er mere end et år mellem/);
    expect(unitDatesText([unit('Uden dato')], t, 'da')).toBeUndefined();
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
