import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/i18n';
import { differenceText } from '../../src/format/series-text';

describe('where units differ, in words', () => {
  it('gives the difference of the rounded figures shown, so a reader’s subtraction matches', async () => {
    const t = await createTranslator('da');
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
