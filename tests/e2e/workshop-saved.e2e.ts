import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readWorkshopFile } from '../../questions/workshop-file';
import { fixturePath, loadFixture } from '../fixtures';
import { bakkedalWorkshop } from '../fixtures/workshop';
import { readPdf } from '../report/read-pdf';
import { axeViolations, openPage, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';
import { openWorkshopFile } from './workshop-files';

const env = startBuildInChromium();
const three = ['small-municipality-starting', 'large-region-rpa', 'state-agency-ml-legal'] as const;

describe('a workshop kept as a workspace of its own', () => {
  it('is saved, reloaded, exported as a file and opened again, never touching the user’s own answers', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}#/workshop`);
    const own = JSON.stringify({ storageVersion: 1, route: '#/results', file: loadFixture('large-region-rpa') });
    await page.evaluate((text) => localStorage.setItem('parat', text), own);
    await page.reload();
    await waitForHeading(page, 'Workshop');
    await page.getByLabel('Deltagernes svarfiler').setInputFiles(three.map(fixturePath));
    await page.getByRole('heading', { name: '3 deltagere' }).waitFor();
    await page.getByLabel('Organisation eller navn på workshoppen').fill('Bakkedal Kommune');
    await page.getByLabel('Dato').fill('2026-12-06');
    await page.getByLabel('Facilitator').fill('Mette Holm');
    // Anonymous until names are turned on: no names, and no warning that they collide.
    expect(await page.locator('.parat-participants li > span').allInnerTexts()).toEqual([
      'Deltager 1',
      'Deltager 2',
      'Deltager 3',
    ]);
    await page.getByRole('combobox', { name: 'Rolle for Deltager 1 (valgfri)' }).fill('Ledelse');

    // A decision on the most disputed question, and an action taken from the group's recommendations.
    await page.locator('#decisions-heading ~ ol li').first().getByRole('button').click();
    const decision = page.getByRole('dialog', { name: 'Gruppens beslutning' });
    await decision.getByLabel('Slet ikke').check();
    await decision.getByLabel('Note fra drøftelsen (valgfri)').fill('Afklaret med DPO');
    await decision.getByRole('button', { name: 'Gem beslutningen' }).click();
    await page
      .getByRole('button', { name: /^Læg i planen/ })
      .first()
      .click();
    const decided = await page.locator('#decisions-heading ~ ol li').first().innerText();
    expect(decided).toContain('Aftalt: Slet ikke. Note: Afklaret med DPO');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await waitForHeading(page, 'Workshop');
    await page.getByRole('heading', { name: '3 deltagere' }).waitFor();
    expect(await page.getByLabel('Organisation eller navn på workshoppen').inputValue()).toBe('Bakkedal Kommune');
    expect(await page.locator('#decisions-heading ~ ol li').first().innerText()).toBe(decided);
    expect(await page.locator('#workshop-plan-heading ~ ol li').count()).toBe(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Gem workshoppen som fil' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('parat-workshop-bakkedal-kommune-2026-12-06.json');
    const saved = readWorkshopFile(readFileSync((await download.path())!, 'utf8'), bank);
    expect(saved.ok && saved.notices).toEqual([]);
    expect(saved.ok && saved.file).toMatchObject({ name: 'Bakkedal Kommune', facilitator: 'Mette Holm' });
    expect(saved.ok && Object.values(saved.file.decisions)).toEqual([
      { answer: 'not-at-all', note: 'Afklaret med DPO' },
    ]);
    expect(saved.ok && saved.file.participants.map((p) => p.role)).toEqual(['Ledelse', undefined, undefined]);
    expect(await page.evaluate(() => localStorage.getItem('parat'))).toBe(own);

    // Another computer: the file opens as the same workshop, and the report is the workshop's.
    const other = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(other.page, 'Workshop');
    await other.page.getByLabel('Åbn en gemt workshop').setInputFiles((await download.path())!);
    await other.page.getByRole('heading', { name: '3 deltagere' }).waitFor();
    expect(await other.page.getByRole('status').filter({ hasText: 'er åbnet' }).innerText()).toContain(
      'Workshoppen »Bakkedal Kommune« er åbnet',
    );
    expect(await other.page.locator('#decisions-heading ~ ol li').first().innerText()).toBe(decided);
    const [report] = await Promise.all([
      other.page.waitForEvent('download'),
      other.page.getByRole('button', { name: 'Download PDF' }).click(),
    ]);
    const pdf = await readPdf(readFileSync((await report.path())!));
    expect(pdf.text).toContain('Workshop med Parat Bakkedal Kommune');
    expect(pdf.text).toContain('Aftalt: Slet ikke. Note: Afklaret med DPO');
    expect(await other.page.evaluate(() => localStorage.getItem('parat'))).toBeNull();
    await other.context.close();
    await context.close();
  });

  it('holds several workshops, each opened from the list with its own participants', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    await page.getByLabel('Deltagernes svarfiler').setInputFiles(three.map(fixturePath));
    await page.getByRole('heading', { name: '3 deltagere' }).waitFor();
    await page.getByLabel('Organisation eller navn på workshoppen').fill('Midtby');
    await page.getByRole('button', { name: 'Ny workshop' }).click();
    await expect.poll(() => page.getByLabel('Organisation eller navn på workshoppen').inputValue()).toBe('');
    await page.getByLabel('Deltagernes svarfiler').setInputFiles([fixturePath(three[1])]);
    await page.getByRole('heading', { name: '1 deltager' }).waitFor();
    expect(await page.getByRole('heading', { name: '1 anden workshop i denne browser' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Åbn Midtby/ }).click();
    await page.getByRole('heading', { name: '3 deltagere' }).waitFor();
    expect(await page.getByLabel('Organisation eller navn på workshoppen').inputValue()).toBe('Midtby');
  });

  it('opens a workshop file already in this browser as that workshop, not as a copy', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    const opened = page.getByRole('status').filter({ hasText: '»Bakkedal Kommune«' });
    const others = page.locator('#workshop-list-heading');
    await openWorkshopFile(page, bakkedalWorkshop({ savedAt: '2026-12-06T12:00:00.000Z' }));
    expect(await opened.innerText()).toContain('Workshoppen »Bakkedal Kommune« er åbnet');
    await openWorkshopFile(page, bakkedalWorkshop({ savedAt: '2026-12-06T12:00:00.000Z' }));
    await expect.poll(() => opened.innerText()).toContain('var allerede i denne browser og er åbnet');
    expect(await others.innerText()).toBe('Ingen andre workshops i denne browser');

    // The same workshop saved later elsewhere, led by another: the file replaces the copy here.
    const later = bakkedalWorkshop({ savedAt: '2026-12-07T09:00:00.000Z', facilitator: 'Karin Lund' });
    await openWorkshopFile(page, later);
    await expect.poll(() => opened.innerText()).toContain('filen er nyere og har erstattet den');
    expect(await page.getByLabel('Facilitator').inputValue()).toBe('Karin Lund');
    expect(await others.innerText()).toBe('Ingen andre workshops i denne browser');

    // A new workshop: what was said about the file goes with the workshop it was about.
    await page.getByRole('button', { name: 'Ny workshop' }).click();
    await expect.poll(() => others.innerText()).toBe('1 anden workshop i denne browser');
    expect(await opened.count()).toBe(0);
  });
});
