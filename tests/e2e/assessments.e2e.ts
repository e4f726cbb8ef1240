import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess } from '../../scoring';
import { loadFixture } from '../fixtures';
import { regionYears, unitFile } from '../scoring/series';
import { readPdf } from '../report/read-pdf';
import { archived, putArchived } from './archive';
import { axeViolations, openPage, openSaved, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();
const years = regionYears();
const municipality = loadFixture('nis2-mature-no-sustainability');

async function assessmentsPage(records: Parameters<typeof putArchived>[1], width = 1280) {
  const opened = await openPage(env.browser, env.server.url, { viewport: { width, height: 900 } });
  await putArchived(opened.page, records);
  await opened.page.goto(`${env.server.url}#/assessments`);
  await waitForHeading(opened.page, 'Jeres vurderinger');
  await opened.page.getByRole('button', { name: 'Vis udviklingen' }).waitFor();
  // The list is read from IndexedDB after the heading is drawn: its boxes are there once the loading line is gone.
  await opened.page.getByText('Henter jeres vurderinger').waitFor({ state: 'detached' });
  return opened;
}

describe('finished assessments in this browser', () => {
  it('saves one from the results page, lists it after a reload, and deletes it only when asked twice', async () => {
    const { page, errors } = await openPage(env.browser, env.server.url);
    const file = { ...municipality, answers: { ...municipality.answers, unit: 'Teknik og Miljø' } };
    await openSaved(page, env.server.url, file);
    await page.getByRole('button', { name: 'Gem som afsluttet vurdering' }).click();
    await page.getByRole('status').filter({ hasText: 'Gemt i denne browser' }).waitFor();
    await page.getByRole('link', { name: 'Jeres vurderinger' }).first().click();
    await waitForHeading(page, 'Jeres vurderinger');
    await page.reload();
    const group = page.getByRole('region', { name: 'Vestkyst Forsyningskommune – Teknik og Miljø' });
    await group.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      group.getByRole('button', { name: /^Hent som fil/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parat-svar-vestkyst-forsyningskommune-teknik-og-miljoe-/);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { answers: object };
    expect(saved.answers).toEqual(file.answers);

    await group.getByRole('button', { name: /^Slet/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(await focused()).toBe('Fortryd');
    await dialog.getByRole('button', { name: 'Fortryd' }).click();
    await page.reload();
    await group.waitFor();
    await group.getByRole('button', { name: /^Slet/ }).click();
    await dialog.getByRole('button', { name: 'Slet vurderingen' }).click();
    await page.getByRole('status').filter({ hasText: 'er slettet' }).waitFor();
    await page.getByText('Der er ingen afsluttede vurderinger').waitFor();
    expect(await focused()).toMatch(/er slettet/);
    await page.reload();
    await page.getByText('Der er ingen afsluttede vurderinger').waitFor();
    expect(errors).toEqual([]);
  });

  it('dates each saved assessment when it was answered, says so when saved twice, and trends in that order', async () => {
    const { page, errors } = await openPage(env.browser, env.server.url);
    for (const [name, file] of [
      ['2026.json', years.y2026],
      ['2024.json', years.y2024],
      ['2025.json', years.y2025],
    ] as const) {
      await page.goto(`${env.server.url}#/`);
      const buffer = Buffer.from(JSON.stringify(file));
      await page.getByLabel('Svarfil').setInputFiles({ name, mimeType: 'application/json', buffer });
      const preview = page.getByRole('region', { name: 'Vil I erstatte jeres svar med disse?' });
      await preview.getByRole('button', { name: 'Erstat jeres svar' }).click();
      await waitForHeading(page, 'Tjek jeres svar');
      await page.goto(`${env.server.url}#/results`);
      const save = page.getByRole('button', { name: 'Gem som afsluttet vurdering' });
      await save.click();
      const year = name.slice(0, 4);
      await page
        .getByRole('status')
        .filter({ hasText: `dateret ${year === '2024' ? 18 : year === '2025' ? 17 : 16}. november ${year}` })
        .waitFor();
      await save.click();
      await page.getByRole('status').filter({ hasText: 'er allerede gemt i denne browser' }).waitFor();
    }
    await page.goto(`${env.server.url}#/assessments`);
    const group = page.getByRole('region', { name: 'Region Østerhavn', exact: true });
    await group.waitFor();
    expect(await group.getByRole('checkbox').count()).toBe(3);
    expect(await group.locator('label').allInnerTexts()).toEqual([
      '16. november 2026',
      '17. november 2025',
      '18. november 2024',
    ]);
    for (const box of await group.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Vis udviklingen' }).click();
    const maturity = page.getByRole('region', { name: 'Modenhed pr. område' });
    await maturity.waitFor();
    expect(await maturity.getByRole('columnheader').allInnerTexts()).toEqual([
      'Område',
      '18.11.2024',
      '17.11.2025',
      '16.11.2026',
    ]);
    const series = await page.locator('.parat-series').innerText();
    expect(series).toMatch(/Bedre: [^\n]*Cybersikkerhed og NIS2 fra \d+ til \d+/);
    const [from, to] = /Cybersikkerhed og NIS2 fra (\d+) til (\d+)/.exec(series)!.slice(1).map(Number);
    expect(to).toBeGreaterThan(from!);
    expect(errors).toEqual([]);
  });

  it('reads a copy saved by an older version, and keeps one it cannot read, offering it as a file', async () => {
    const older = { ...years.y2024, bankVersion: 3 };
    const broken = { id: 'broken', archivedAt: '2026-01-05T10:00:00Z', text: '{"format":"parat-answers"' };
    const { page } = await assessmentsPage([archived('older', older), broken]);
    expect(await page.getByRole('region', { name: 'Region Østerhavn' }).innerText()).toContain(
      'Gemt med spørgsmålsbank version 3',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /^Hent den, der blev gemt 5. januar 2026/ }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(broken.text);
    await page.reload();
    await page.getByText('En gemt vurdering kan ikke læses').waitFor();
  });
});

describe('a trend and units side by side', () => {
  it('shows three years of a region in date order, as each scores alone, with the figures behind Vis som tabel', async () => {
    const { page } = await assessmentsPage([
      archived('b', years.y2025),
      archived('c', years.y2026),
      archived('a', years.y2024),
    ]);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    // The trend is drawn ahead of the click, unseen: nothing of it can be read, reached or found before.
    await page.waitForTimeout(300);
    expect(await page.getByRole('heading', { name: 'Udviklingen' }).count()).toBe(0);
    expect(await page.locator('.parat-series').evaluate((e) => e.checkVisibility({ visibilityProperty: true }))).toBe(
      false,
    );
    // Nor does it make room: the page still ends with its footer.
    expect(
      await page.evaluate(
        () =>
          document.documentElement.scrollHeight -
          document.querySelector('footer')!.getBoundingClientRect().bottom -
          scrollY,
      ),
    ).toBeLessThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vis udviklingen' }).click();
    const heading = page.getByRole('heading', { name: 'Udviklingen' });
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('series-heading');
    expect((await heading.boundingBox())?.y).toBe(0);
    const maturity = page.getByRole('region', { name: 'Modenhed pr. område' });
    const row = await maturity.getByRole('row', { name: /Cybersikkerhed og NIS2/ }).innerText();
    const expected = [years.y2024, years.y2025, years.y2026].map((f) =>
      Math.round(assess(bank, f.answers).scores.find((s) => s.sectionId === 'cybersecurity')!.value!),
    );
    expect(row.split('\t').slice(1).map(Number)).toEqual(expected);
    expect(await maturity.getByRole('columnheader').allInnerTexts()).toEqual([
      'Område',
      '18.11.2024',
      '17.11.2025',
      '16.11.2026',
    ]);
    expect(await page.locator('.parat-series').innerText()).toContain(
      'Test af beredskabsplanen: Ikke startet (18.11.2024), I gang (17.11.2025), Gennemført (16.11.2026)',
    );
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent rapporten med udviklingen (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parat-rapport-region-oesterhavn-2026-11-16\.pdf$/);
    const pdf = await readPdf(readFileSync((await download.path())!));
    expect(pdf.outline.map((o) => o.title).slice(0, 2)).toEqual(['Ledelsesresumé', 'Udviklingen']);
  });

  it('follows the choice: an assessment unticked or deleted leaves the trend shown, and the focus stays put', async () => {
    const { page, errors } = await assessmentsPage([
      archived('a', years.y2024),
      archived('b', years.y2025),
      archived('c', years.y2026),
    ]);
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Vis udviklingen' }).click();
    const maturity = page.getByRole('region', { name: 'Modenhed pr. område' });
    await maturity.waitFor();
    const dates = () => maturity.getByRole('columnheader').allInnerTexts();
    expect(await dates()).toEqual(['Område', '18.11.2024', '17.11.2025', '16.11.2026']);

    const oldest = page.getByRole('checkbox', { name: '18. november 2024' });
    await oldest.uncheck();
    await expect.poll(dates).toEqual(['Område', '17.11.2025', '16.11.2026']);
    expect(await page.locator('.parat-series').innerText()).toContain('Region Østerhavn: 2 vurderinger');
    expect(await oldest.evaluate((box) => box === document.activeElement)).toBe(true);

    await oldest.check();
    await page.getByRole('button', { name: 'Slet 17. november 2025' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Slet vurderingen' }).click();
    await page.getByRole('status').filter({ hasText: 'er slettet' }).waitFor();
    await expect.poll(dates).toEqual(['Område', '18.11.2024', '16.11.2026']);
    expect(await page.locator('.parat-series').innerText()).not.toContain('17.11.2025');
    expect(errors).toEqual([]);
  });

  it('shows the trend as tables on a 320 px phone, without the legends and notes of the charts it hides', async () => {
    const { page } = await assessmentsPage(
      [archived('a', years.y2024), archived('b', years.y2025), archived('c', years.y2026)],
      320,
    );
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    await page.getByRole('button', { name: 'Vis udviklingen' }).click();
    const maturity = page.getByRole('region', { name: 'Modenhed pr. område' });
    await maturity.waitFor();
    expect(await maturity.isVisible()).toBe(true);
    // The notes say which lines lie on top of each other: with no lines to see, they would read as nonsense.
    expect(await page.locator('.parat-series .parat-chart-note').count()).toBeGreaterThan(0);
    for (const selector of ['.parat-series svg[role="img"]', '.parat-series .parat-legend', '.parat-chart-note'])
      expect(
        await page.locator(selector).evaluateAll((all) => all.filter((e) => e.getClientRects().length > 0).length),
      ).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('sets three units side by side, and refuses another organisation with a message naming it', async () => {
    const units = ['Teknik og Miljø', 'Børn og Unge', 'Kultur og Fritid'].map((unit, i) =>
      archived(`u${i}`, unitFile(municipality, unit, { 'cyber-mature': ['low', 'high', 'some'][i]! })),
    );
    const { page } = await assessmentsPage([...units, archived('region', years.y2026)], 320);
    for (const box of await page
      .locator('.parat-archive-group')
      .filter({ hasText: 'Vestkyst' })
      .getByRole('checkbox')
      .all())
      await box.check();
    await page.getByRole('button', { name: 'Sammenlign enhederne' }).click();
    const table = page.getByRole('region', { name: 'Score pr. område og enhed i Vestkyst Forsyningskommune' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Område',
      'Børn og Unge',
      'Kultur og Fritid',
      'Teknik og Miljø',
    ]);
    // When each unit was assessed, and which way a difference points.
    const view = await page.locator('.parat-series').innerText();
    expect(view).toMatch(/Vurderet: Børn og Unge \d\d\.\d\d\.\d{4}; Kultur og Fritid /);
    expect(view).toMatch(/Cybersikkerhed og NIS2: mest moden er Børn og Unge \(\d+\), mindst Teknik og Miljø \(\d+\)/);
    // Four columns do not fit at 320 px: the page says the table scrolls, and the area names stay in view.
    const hint = page.getByText('Tabellen er bredere end skærmen: rul vandret for at se alle kolonner.');
    expect(await hint.isVisible()).toBe(true);
    expect(await table.getAttribute('aria-describedby')).toBe(await hint.getAttribute('id'));
    await table.evaluate((region) => region.scrollTo({ left: 200 }));
    const area = await table.getByRole('rowheader', { name: 'Kompetencer' }).boundingBox();
    expect(area?.x).toBeGreaterThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    // Printed, the page is the view: the copy of the units report that screen readers can use.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('main h1, main h2, main h3, main h4, button, input, footer *')]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => e.textContent?.trim() || e.tagName),
    );
    expect(printed).toEqual(['Jeres vurderinger', 'Enhederne side om side', 'Her adskiller enhederne sig mest']);
    await page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent rapporten om enhederne (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^parat-enheder-vestkyst-forsyningskommune-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readPdf(readFileSync((await download.path())!));
    expect(pdf.title).toContain('Vestkyst Forsyningskommune – 3 enheder');
    await page.getByRole('region', { name: 'Region Østerhavn' }).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Sammenlign enhederne' }).click();
    await page.getByText('De valgte vurderinger kan ikke sættes side om side').waitFor();
    expect(await page.locator('.parat-series').innerText()).toMatch(
      /Vurderingerne er fra forskellige organisationer: Region Østerhavn: 16\. november 2026; Vestkyst Forsyningskommune: Børn og Unge \(20\. november 2026\), /,
    );
  });
});
