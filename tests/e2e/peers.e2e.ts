import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { makePeerPack } from '../../scoring';
import { organisationFile, recordOf, thirtyThree } from '../scoring/peer-organisations';
import { axeViolations, downloadPdf, openPage, openSaved, savedAnswers } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();
const dir = mkdtempSync(join(tmpdir(), 'parat-peers-e2e-'));
const made = makePeerPack(bank, thirtyThree().map(recordOf), { minimum: 5, madeIn: '2026-11', madeBy: 'KL-netværket' });
if (!made.ok) throw new Error(made.problem.code);
const packPath = join(dir, 'pack.json');
writeFileSync(packPath, JSON.stringify(made.pack));

/** The results page of an organisation with a peer pack chosen on it. */
async function withPack(file: object, pack = packPath, width = 1280) {
  const { page, errors } = await openPage(env.browser, env.server.url, { viewport: { width, height: 900 } });
  await openSaved(page, env.server.url, file);
  await page.getByText('Indlæs en sammenligningspakke').click();
  await page.locator('#peer-pack').setInputFiles(pack);
  return { page, errors, panel: page.getByRole('region', { name: 'Organisationer som jer', exact: true }) };
}

describe('organisations like you, from a peer pack', () => {
  it('shows a municipality the 25 municipalities’ median beside its own score, with n', async () => {
    const { page, panel, errors } = await withPack(
      organisationFile('Midtby Kommune', 'municipality', '10000-plus', 4242),
    );
    await panel.getByText('Ved siden af landstallet: kommuner i pakken fra KL-netværket (n = 25).').waitFor();
    const cyber = made.pack.segments[0]!.areas.find((a) => a.sectionId === 'cybersecurity')!;
    const row = await panel.getByRole('row', { name: /Cybersikkerhed og NIS2/ }).innerText();
    expect(row.split('\t').slice(2)).toEqual([
      String(Math.round(cyber.median)),
      `${Math.round(cyber.q1)}-${Math.round(cyber.q3)}`,
      '25',
    ]);
    expect(await panel.innerText()).toContain(
      'Pakken er lavet af KL-netværket i november 2026 ud fra 33 organisationers svar',
    );
    expect(await axeViolations(page)).toEqual([]);
    // The pack stays for the visit, and goes into the report beside the national figures.
    const pdf = await downloadPdf(page);
    const titles = pdf.outline.map((o) => o.title);
    expect(titles.indexOf('Organisationer som jer')).toBe(titles.indexOf('Ved siden af landstallet') + 1);
    expect(pdf.text).toContain('kommuner i pakken fra KL-netværket (n = 25)');
    expect(errors).toEqual([]);
  });

  it('groups barriers apart from maturity on a 320 px phone, and says the table scrolls sideways', async () => {
    const { page, panel } = await withPack(
      organisationFile('Midtby Kommune', 'municipality', '10000-plus', 4242),
      packPath,
      320,
    );
    const table = panel.getByRole('region', { name: 'Jer ved siden af organisationer som jer' });
    await table.waitFor();
    const groups = await table.locator('th[scope="rowgroup"]').allInnerTexts();
    expect(groups).toEqual([
      'Barrierer pr. kategori – højere er mere pres',
      'Barrierer pr. teknologi – højere er mere pres',
      'Modenhed pr. område – højere er bedre',
    ]);
    expect(await panel.getByText('rul vandret for at se alle kolonner').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows a state body nothing, and says why', async () => {
    const { panel } = await withPack(organisationFile('Ny Styrelse', 'state', '500-1999', 4243), packPath, 320);
    await panel.getByText('Pakken har ingen tal for statslige myndigheder: færre end 5 af dem var med').waitFor();
    expect(await panel.getByRole('table').count()).toBe(0);
  });

  it('refuses a pack with a cell under its own minimum in one line, and leaves the answers as they were', async () => {
    const file = organisationFile('Midtby Kommune', 'municipality', '10000-plus', 4242);
    const thin = structuredClone(made.pack);
    thin.segments[0]!.areas[0]!.n = 3;
    const thinPath = join(dir, 'thin.json');
    writeFileSync(thinPath, JSON.stringify(thin));
    const { page, panel } = await withPack(file, thinPath);
    const alert = panel.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      'Pakken har tal, der bygger på færre end de 5 organisationer, den selv siger er mindst. Den bruges ikke.',
    );
    expect((await savedAnswers(page)).answers).toEqual(file.answers);
  });
});
