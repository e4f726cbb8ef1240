import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { loadFixture } from '../fixtures';
import { bombFragment } from '../transfer/bomb';
import { startBuildInChromium } from './setup';
import { axeViolations, cspViolations, downloadPdf, openPage, savedAnswers, waitForHeading } from './harness';

const env = startBuildInChromium();

/** Puts a fixture's answers in place, as if the user had answered them, and opens the results. */
async function withAnswers(page: Page, name: Parameters<typeof loadFixture>[0]) {
  await page.evaluate(
    (file) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/results', file })),
    loadFixture(name),
  );
  await page.goto(`${env.server.url}#/`);
  await page.reload();
}

describe('moving answers between machines', () => {
  it('exports the answers and imports them on a clean profile after showing what the file holds', async () => {
    const { page: source } = await openPage(env.browser, env.server.url);
    await withAnswers(source, 'state-agency-ml-legal');
    await source.goto(`${env.server.url}#/results`);
    await waitForHeading(source, 'Resultat for Styrelsen for Dataforvaltning');
    const [download] = await Promise.all([
      source.waitForEvent('download'),
      source.getByRole('button', { name: 'Download svarene', exact: true }).click(),
    ]);
    const exported = join(tmpdir(), `parat-export-${Date.now()}.json`);
    writeFileSync(exported, readFileSync((await download.path())!));

    const { page, requests } = await openPage(env.browser, `${env.server.url}#/`);
    await page.getByLabel('Svarfil').setInputFiles(exported);
    const preview = page.getByRole('region', { name: 'Vil I erstatte jeres svar med disse?' });
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.innerText()).toContain('Organisation: Styrelsen for Dataforvaltning');
    expect(await preview.innerText()).toContain('94 svar og 1 note');
    expect((await savedAnswers(page)).answers).toEqual({});
    expect(await axeViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Erstat jeres svar' }).click();
    await waitForHeading(page, 'Tjek jeres svar');
    expect(await savedAnswers(page)).toEqual({
      answers: loadFixture('state-agency-ml-legal').answers,
      notes: loadFixture('state-agency-ml-legal').notes,
    });
    expect(requests.filter((url) => !url.startsWith(env.server.url))).toEqual([]);
  });

  it('refuses a broken file with a message in the user language and keeps the answers', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    await withAnswers(page, 'large-region-rpa');
    await page.goto(`${env.server.url}#/`);
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'How ready is your organisation for new technology?');
    const broken = join(tmpdir(), `parat-broken-${Date.now()}.json`);
    writeFileSync(broken, `{"format":"parat-answers","bankVersion":${bank.version + 1},"answers":{}}`);
    await page.getByLabel('Answers file').setInputFiles(broken);
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain(
      `newer version of the questions (${bank.version + 1}) than this edition of Parat knows (${bank.version})`,
    );
    expect(await alert.innerText()).toContain('Your own answers have not been changed.');
    expect((await savedAnswers(page)).answers).toEqual(loadFixture('large-region-rpa').answers);
  });

  it('compares the results with an earlier assessment, score by score and question by question', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    await withAnswers(page, 'nis2-mature-no-sustainability');
    await page.goto(`${env.server.url}#/results`);
    await waitForHeading(page, 'Resultat for Vestkyst Forsyningskommune');
    const earlier = loadFixture('nis2-mature-no-sustainability');
    const lastYear = {
      ...earlier,
      savedAt: '2025-11-20T10:00:00+01:00',
      answers: { ...earlier.answers, 'cyber-nis2-compliance': 'low', 'skills-technology-choice': 'high' },
    };
    const file = join(tmpdir(), `parat-last-year-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(lastYear));
    await page.getByText('Vælg en tidligere svarfil at sammenligne med').click();
    await page.getByLabel('Tidligere svarfil').setInputFiles(file);
    const section = page.getByRole('region', { name: 'Sammenlign med en tidligere vurdering' });
    await expect
      .poll(async () =>
        (await section.innerText()).includes('Sammenlignet med Vestkyst Forsyningskommune, gemt 20. november 2025.'),
      )
      .toBe(true);
    // Each number moves in its own direction, and the words say whether that is better.
    const rows = await section.locator('tbody tr').allInnerTexts();
    expect(rows.find((r) => r.startsWith('Kompetencer'))).toMatch(/56\s+33\s+↓ 22, bedre/);
    expect(rows.find((r) => r.startsWith('Cybersikkerhed og NIS2'))).toMatch(/↑ \d+, bedre/);
    expect(rows.find((r) => r.startsWith('Bæredygtighed og ESG'))).toMatch(/0\s+0\s+= 0, uændret/);
    const moved = await section.getByRole('listitem').allInnerTexts();
    expect(moved).toEqual([
      'Kompetencer til teknologivalg og implementering: fra »I høj grad« til »I lav grad« (bedre)',
      'Krav i NIS2: fra »I lav grad« til »I høj grad« (bedre)',
    ]);
    // The verdict at the top says it too.
    expect(await page.getByRole('region', { name: 'Hvor I står' }).innerText()).toContain(
      'Siden vurderingen 20. november 2025: 2 områder er blevet bedre (Kompetencer, Cybersikkerhed og NIS2).',
    );
    expect((await savedAnswers(page)).answers).toEqual(earlier.answers);
    expect(await axeViolations(page)).toEqual([]);
    const pdf = await downloadPdf(page);
    expect(pdf.text).toContain('Udvikling siden den tidligere vurdering');
    expect(pdf.text).toContain('Krav i NIS2: fra »I lav grad« til »I høj grad« (bedre)');
  });

  it('sets targets, shows the gap and which recommendations work towards them, and keeps them with the answers', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    await withAnswers(page, 'state-agency-ml-legal');
    await page.goto(`${env.server.url}#/results`);
    await waitForHeading(page, 'Resultat for Styrelsen for Dataforvaltning');
    await page.getByText('Sæt jeres egne mål pr. kategori og område').click();
    const legal = page.getByLabel('Mål for Juridiske afklaringer (højst, 0-100)');
    await legal.fill('30');
    expect(await page.locator('#target-barriers-legal-status').innerText()).toBe('51 point fra målet.');
    await page.getByLabel('Mål for Bæredygtighed og ESG (mindst, 0-100)').fill('20');
    expect(await page.locator('#target-sustainability-status').innerText()).toBe('Målet er nået.');
    await page.getByLabel('Mål for Cybersikkerhed og NIS2 (mindst, 0-100)').fill('200');
    expect(await page.getByText('Skriv et helt tal fra 0 til 100 som mål for Cybersikkerhed og NIS2').isVisible()).toBe(
      true,
    );
    const taskforce = page.locator('.parat-recommendation').filter({ hasText: 'LF3.4' });
    expect(await taskforce.innerText()).toContain('Arbejder mod jeres mål for: Juridiske afklaringer');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await waitForHeading(page, 'Resultat for Styrelsen for Dataforvaltning');
    expect(await page.getByLabel('Mål for Juridiske afklaringer (højst, 0-100)').inputValue()).toBe('30');
    const saved = JSON.parse((await page.evaluate(() => localStorage.getItem('parat'))) ?? '{}') as {
      file: { targets: object };
    };
    expect(saved.file.targets).toEqual({ 'barriers-legal': 30, sustainability: 20 });
  });

  it('shares the answers in a link that opens like an import, after a warning that anyone with it can read them', async () => {
    const { page: source, context } = await openPage(env.browser, env.server.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await withAnswers(source, 'nis2-mature-no-sustainability');
    await source.goto(`${env.server.url}#/results`);
    await waitForHeading(source, 'Resultat for Vestkyst Forsyningskommune');
    await source.getByRole('button', { name: 'Del som link' }).click();
    const dialog = source.getByRole('dialog', { name: 'Del svarene som link' });
    expect(await dialog.innerText()).toContain('Alle, der får linket, kan se jeres svar og noter.');
    await dialog.getByRole('button', { name: 'Lav linket' }).click();
    const link = await dialog.getByLabel('Link med jeres svar').inputValue();
    expect(link).toMatch(/#share=[A-Za-z0-9_-]+$/);
    await dialog.getByRole('button', { name: 'Kopiér linket' }).click();
    expect(await source.evaluate(() => navigator.clipboard.readText())).toBe(link);
    expect(await axeViolations(source)).toEqual([]);

    const { page, requests } = await openPage(env.browser, link);
    await waitForHeading(page, 'Svar fra et link');
    const preview = page.getByRole('region', { name: 'Vil I erstatte jeres svar med disse?' });
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.innerText()).toContain('Organisation: Vestkyst Forsyningskommune');
    expect((await savedAnswers(page)).answers).toEqual({});
    await preview.getByRole('button', { name: 'Erstat jeres svar' }).click();
    await waitForHeading(page, 'Tjek jeres svar');
    expect((await savedAnswers(page)).answers).toEqual(loadFixture('nis2-mature-no-sustainability').answers);
    expect(await cspViolations(page)).toEqual([]);
    // The fragment never reaches the server.
    expect(requests.some((url) => url.includes('share='))).toBe(false);
  });

  it('refuses a 1.3 MB link that would unfold into a gigabyte, reading it in well under a second', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}${bombFragment()}`);
    await waitForHeading(page, 'Svar fra et link');
    await page.waitForFunction(
      () => document.querySelector('.alert-error')?.textContent?.includes('større end 5 MB'),
      undefined,
      { timeout: 60_000 },
    );
    // The link's own reading, apart from what the browser spends on an address of 1.3 MB: 5-13 s before.
    const reading = await page.evaluate(() => performance.getEntriesByName('parat-share-read')[0]?.duration);
    expect(reading).toBeLessThan(1000);
    expect((await savedAnswers(page)).answers).toEqual({});
  });

  it('opens a version-1 answers file in the current version and says which answers the new wording left behind', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}#/results`);
    expect(await page.locator('main').innerText()).toContain('Spørgeskemaet er ikke besvaret endnu');
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${env.server.url}#/`);
    await page
      .getByLabel('Svarfil')
      .setInputFiles(fileURLToPath(new URL('../fixtures/v1/large-region-rpa.json', import.meta.url)));
    const preview = page.getByRole('region', { name: 'Vil I erstatte jeres svar med disse?' });
    await expect.poll(() => preview.isVisible()).toBe(true);
    const text = await preview.innerText();
    expect(text).toContain('Svarene er lavet med version 1 af spørgsmålene og er ført over til version 5');
    expect(text).toContain('4 spørgsmål er formuleret om, så svarene på dem er ikke taget med:');
    expect(text).toContain('»Silotænkning mellem afdelinger«');
    expect(await axeViolations(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Erstat jeres svar' }).click();
    await waitForHeading(page, 'Tjek jeres svar');
    expect((await savedAnswers(page)).answers['cross-organisational-development']).toBeUndefined();
    await context.close();
  });

  it('says a link would be too long before making it, and offers the answers as a file instead', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    const file = loadFixture('nis2-mature-no-sustainability');
    // Notes that do not compress: 40 notes of 2,000 random letters.
    const letters = 'abcdefghijklmnopqrstuvwxyzæøå';
    const notes = Object.fromEntries(
      Object.keys(file.answers)
        .slice(0, 40)
        .map((id) => [id, [...randomBytes(2000)].map((byte) => letters[byte % letters.length]).join('')]),
    );
    await page.evaluate(
      (saved) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/results', file: saved })),
      { ...file, notes },
    );
    await page.goto(`${env.server.url}#/results`);
    await waitForHeading(page, 'Resultat for Vestkyst Forsyningskommune');
    await page.getByRole('button', { name: 'Del som link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Del svarene som link' });
    await dialog.getByRole('button', { name: 'Lav linket' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain('Parat laver kun links op til 32.000 tegn');
    expect(await dialog.getByLabel('Link med jeres svar').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download svarene' }).click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { notes: Record<string, string> };
    expect(saved.notes).toEqual(notes);
    await context.close();
  });
});
