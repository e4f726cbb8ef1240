import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, savedAnswers, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

/** Fills the profile: a municipality of 500-1,999 with RPA being explored and nothing else. */
async function fillProfile(page: Page, rpa: string) {
  await page.getByLabel('Kommune').check();
  await page.getByLabel('500-1.999').check();
  for (const [question, option] of [
    ['stage-rpa', rpa],
    ['stage-machine-learning', 'not-considered'],
    ['stage-drones', 'not-considered'],
    ['stage-iot', 'not-considered'],
    ['stage-blockchain', 'not-considered'],
    ['stage-genai', 'exploring'],
  ]) {
    await page.locator(`#q-${question}-${option}`).check();
  }
}

describe('journeys in Chromium', () => {
  it('shows the error summary, whose links move focus to the unanswered question', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/step/barriers-competencies`);
    await page.getByLabel('I høj grad').first().check();
    await page.getByRole('button', { name: 'Næste' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('alert-error'))).toBe(true);
    const links = await summary.getByRole('link').allInnerTexts();
    expect(links).toEqual([
      'Vælg et svar om »Kompetencer i forretningsviden og processer«, eller vælg »Ved ikke«',
      'Vælg et svar om »Kompetencer i data science og machine learning«, eller vælg »Ved ikke«',
    ]);
    expect(await page.locator('.form-error-message').allTextContents()).toEqual(links.map((l) => `Fejl: ${l}`));
    expect(await axeViolations(page)).toEqual([]);
    await summary.getByRole('link').first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-skills-process-knowledge-high');
    await page.keyboard.press('Space');
    await page.locator('#q-skills-data-science-dont-know').check();
    await page.getByRole('button', { name: 'Næste' }).click();
    await waitForHeading(page, 'Ressourcer og prioritering');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
  });

  it('comes back to the same step with every answer and note after a reload', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    await page.getByRole('link', { name: 'Start' }).click();
    await waitForHeading(page, 'Om jeres organisation');
    await page.getByLabel('Organisationens navn', { exact: true }).fill('Test Kommune');
    await fillProfile(page, 'exploring');
    await page.getByRole('button', { name: 'Næste' }).click();
    await waitForHeading(page, 'Kompetencer');
    await page.locator('#q-skills-technology-choice-some').check();
    await page.getByText('Tilføj en note (valgfrit)').first().click();
    await page.getByLabel('Note til »Kompetencer til teknologivalg og implementering«').fill('Linje 1\nLinje 2 – æøå');

    await page.reload();
    await waitForHeading(page, 'Kompetencer');
    expect(await page.locator('#q-skills-technology-choice-some').isChecked()).toBe(true);
    expect(await page.getByLabel('Note til »Kompetencer til teknologivalg og implementering«').inputValue()).toBe(
      'Linje 1\nLinje 2 – æøå',
    );
    // A tab closed and opened again at the plain address lands on the same step.
    await page.goto(env.server.url.replace(/\/$/, '/?again'));
    await waitForHeading(page, 'Kompetencer');
    const saved = await savedAnswers(page);
    expect(saved.answers).toMatchObject({ 'organisation-name': 'Test Kommune', 'skills-technology-choice': 'some' });
    expect(saved.notes['skills-technology-choice']).toBe('Linje 1\nLinje 2 – æøå');
  });

  it('switches language mid-way, keeping answers and step, with <html lang> following', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/step/barriers-resources`);
    await page.locator('#q-risk-appetite-funding-low').check();
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'Resources and prioritisation');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('#q-risk-appetite-funding-low').isChecked()).toBe(true);
    expect(await page.getByLabel('To a low degree').first().isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Next' }).isVisible()).toBe(true);
    expect(await page.title()).toBe('Resources and prioritisation – Parat');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await waitForHeading(page, 'Resources and prioritisation');
    await page.getByRole('button', { name: 'Dansk' }).click();
    await waitForHeading(page, 'Ressourcer og prioritering');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
  });

  it('drops a technology step when the technology is deselected, keeping its answers', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/step/profile`);
    await fillProfile(page, 'pilot');
    const steps = page.getByRole('navigation', { name: 'Trin i spørgeskemaet' }).locator('div.parat-steps-wide');
    expect(await steps.getByText('RPA', { exact: true }).count()).toBe(1);
    await page.goto(`${env.server.url}#/step/technology-rpa`);
    await waitForHeading(page, 'RPA');
    await page.locator('#q-rpa-test-environments-high').check();
    await page.goto(`${env.server.url}#/step/profile`);
    await waitForHeading(page, 'Om jeres organisation');
    await page.locator('#q-stage-rpa-not-considered').check();
    expect(await steps.getByText('RPA', { exact: true }).count()).toBe(0);
    expect((await savedAnswers(page)).answers['rpa-test-environments']).toBe('high');
    await page.goto(`${env.server.url}#/results`);
    await waitForHeading(page, 'Jeres resultat');
    expect(await page.getByText('Barrierernes styrke pr. teknologi').count()).toBe(0);
  });

  it('returns from "Tjek jeres svar" to the very question a change link names', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/step/profile`);
    await fillProfile(page, 'not-considered');
    await page.goto(`${env.server.url}#/check`);
    await waitForHeading(page, 'Tjek jeres svar');
    expect(await axeViolations(page)).toEqual([]);
    // The profile is complete, so its answers are folded away under its heading; unanswered steps are open.
    await page.getByRole('button', { name: /^Om jeres organisation/ }).click();
    await page.getByRole('link', { name: /^Ret\s*:\s*Antal ansatte$/ }).click();
    await waitForHeading(page, 'Om jeres organisation');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-size-under-500');
  });

  it('asks before "Start forfra", offers the answers as a file, and then forgets them', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/step/profile`);
    await fillProfile(page, 'exploring');
    await page.getByLabel('Organisationens navn').fill('Midtby Kommune');
    await page.getByLabel('Navn eller rolle (fx it-chef)').fill('IT-chef');
    await page.goto(`${env.server.url}#/`);
    await waitForHeading(page, 'Hvor parat er jeres organisation til ny teknologi?');
    await page.getByRole('button', { name: 'Start forfra' }).click();
    const dialog = page.getByRole('dialog', { name: 'Vil I slette alle svar og starte forfra?' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download svarene' }).click(),
    ]);
    // Named after the organisation and who answered, so a workshop's inbox can tell the files apart.
    expect(download.suggestedFilename()).toMatch(/^parat-svar-midtby-kommune-it-chef-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { format: string; answers: object };
    expect(file).toMatchObject({
      format: 'parat-answers',
      answers: { sector: 'municipality', 'stage-rpa': 'exploring' },
    });
    await dialog.getByRole('button', { name: 'Fortryd' }).click();
    expect((await savedAnswers(page)).answers.sector).toBe('municipality');
    await page.getByRole('button', { name: 'Start forfra' }).click();
    await dialog.getByRole('button', { name: 'Slet svarene og start forfra' }).click();
    await waitForHeading(page, 'Om jeres organisation');
    expect((await savedAnswers(page)).answers).toEqual({});
    expect(await page.locator('#q-sector-municipality').isChecked()).toBe(false);
  });

  it('fits a 320 px wide screen without horizontal scrolling', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/step/profile`, {
      viewport: { width: 320, height: 640 },
    });
    await fillProfile(page, 'operation');
    for (const route of ['#/results', '#/step/cybersecurity', '#/check', '#/', '#/workshop', '#/about']) {
      await page.goto(`${env.server.url}${route}`);
      await page.waitForSelector('#page-heading');
      expect(await page.evaluate(() => document.documentElement.scrollWidth), route).toBeLessThanOrEqual(320);
    }
  });
});
