import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { combine } from '../../scoring';
import { participantFiles } from '../fixtures/participants';
import { axeViolations, cspViolations, openPage, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

/**
 * Records, from before the page's scripts run, every state of a progress bar and every sentence a status region
 * announced, so that a test can tell what was shown while the work was under way.
 */
const watchProgress = (page: Page) =>
  page.addInitScript(() => {
    const seen = { bars: [] as string[], statuses: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      for (const bar of document.querySelectorAll('progress'))
        seen.bars.push(`${bar.labels[0]?.textContent ?? ''} (${bar.value}/${bar.max})`);
      for (const status of document.querySelectorAll('[role=status]'))
        if (status.textContent && seen.statuses.at(-1) !== status.textContent) seen.statuses.push(status.textContent);
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
const seen = (page: Page) =>
  page.evaluate(() => (window as unknown as { seen: { bars: string[]; statuses: string[] } }).seen);

describe('a workshop of a thousand participants', () => {
  it('takes 1,000 files in with their progress shown, counts every one, and has them all again after a reload', async () => {
    const { page, errors } = await openPage(env.browser, `${env.server.url}#/workshop`, { beforeLoad: watchProgress });
    await waitForHeading(page, 'Workshop');
    const files = participantFiles(1000);
    // Who has a score in the first area: participants who answered every question of it "Ved ikke" have none.
    const competencies = combine(
      bank,
      files.map((f) => (JSON.parse(f.text) as { answers: Record<string, string> }).answers),
    ).sections.find((s) => s.sectionId === 'barriers-competencies')!;
    const counted = `Kun ${competencies.scored} af 1000`;
    await page
      .getByLabel('Deltagernes svarfiler')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await expect
      .poll(() => page.getByRole('heading', { name: '1000 deltagere' }).isVisible(), { timeout: 60_000 })
      .toBe(true);

    const { bars, statuses } = await seen(page);
    expect(bars.some((bar) => /^Læst: \d+ af 1000 filer \(\d+\/1000\)$/.test(bar) && !bar.includes('(1000/'))).toBe(
      true,
    );
    expect(statuses).toContain('Læser 1000 filer …');
    await expect
      .poll(() => page.locator('.parat-dropzone [role=status]').innerText())
      .toBe('1000 filer er læst. Tilføjet som deltagere: 1000.');
    expect(await page.locator('progress').count()).toBe(0);

    // Every participant counts in the result; the list shows the first of them and finds the others.
    const row = await page.getByRole('row', { name: /^Kompetencer/ }).innerText();
    expect(row.split('\t').at(-1)).toBe(counted);
    expect(await page.locator('.parat-participants > li').count()).toBe(20);
    expect(await page.locator('#participants-heading ~ [role=status]').innerText()).toBe('Viser 20 af 1000 deltagere.');
    // Anonymous, as every workshop starts: each participant by number.
    await page.getByRole('searchbox', { name: 'Find en deltager' }).fill('deltager 1000');
    await expect.poll(() => page.locator('.parat-participants li > span').allInnerTexts()).toEqual(['Deltager 1000']);
    expect(await axeViolations(page)).toEqual([]);

    // Saved in this browser, and read back with the progress shown.
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            Object.keys(localStorage)
              .filter((key) => key.startsWith('parat-workshop:'))
              .reduce((sum, key) => sum + (localStorage.getItem(key)?.length ?? 0), 0),
          ),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(1_000_000);
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { name: '1000 deltagere' }).isVisible(), { timeout: 60_000 })
      .toBe(true);
    expect((await seen(page)).statuses).toContain('Henter de gemte deltagere …');
    expect(await page.locator('.parat-participants li > span').first().innerText()).toBe('Deltager 1');
    expect((await page.getByRole('row', { name: /^Kompetencer/ }).innerText()).split('\t').at(-1)).toBe(counted);
    expect(await axeViolations(page)).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
