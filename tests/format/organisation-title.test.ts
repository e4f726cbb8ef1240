import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assessCommand } from '../../src/cli/assess';
import { createTranslator } from '../../src/i18n';
import { answersFileNameParts, organisationTitle } from '../../src/format/organisation-title';
import { createReport } from '../../src/report/create';
import { datedName } from '../../src/state/download';
import { loadFixture } from '../fixtures';
import { readPdf } from '../report/read-pdf';

const municipality = loadFixture('small-municipality-starting');
const withUnit = {
  ...municipality,
  answers: { ...municipality.answers, 'organisation-name': 'Midtby Kommune', unit: ' Teknik og Miljø ' },
};

describe('the unit that answered', () => {
  it('follows the organisation in a title, and stands alone or is left out when only one is given', () => {
    expect(organisationTitle(withUnit.answers)).toBe('Midtby Kommune – Teknik og Miljø');
    expect(organisationTitle({ 'organisation-name': 'Midtby Kommune', unit: '  ' })).toBe('Midtby Kommune');
    expect(organisationTitle({ unit: 'Teknik og Miljø' })).toBe('Teknik og Miljø');
    expect(organisationTitle({})).toBeUndefined();
  });

  it('names the answers file between the organisation and who answered', () => {
    const parts = answersFileNameParts({ ...withUnit.answers, respondent: 'IT-chef' });
    expect(datedName('parat-svar', 'json', '2026-11-23T10:00:00Z', parts)).toBe(
      'parat-svar-midtby-kommune-teknik-og-miljoe-it-chef-2026-11-23.json',
    );
  });

  it('is in the PDF report’s title and on its cover', async () => {
    const da = createTranslator('da');
    const pdf = await readPdf(createReport(bank, withUnit, da, 'da', '22. november 2026'));
    expect(pdf.title).toContain('Midtby Kommune – Teknik og Miljø');
    expect(pdf.pages[0]?.items.map((i) => i.text).join(' ')).toContain('Midtby Kommune – Teknik og Miljø');
  });

  it('is in the command line’s summary', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parat-unit-')), 'unit.json');
    writeFileSync(path, JSON.stringify(withUnit));
    const { code, stdout } = await assessCommand([path]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toContain('Midtby Kommune – Teknik og Miljø');
  });
});
