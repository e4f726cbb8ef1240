import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { questionnaireSteps } from '../../src/features/questionnaire/steps';
import { loadFixture } from '../fixtures';
import { axeViolations, openPage, waitForApp, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();
const fixture = loadFixture('large-region-rpa');
const steps = questionnaireSteps(fixture.answers);

/** A page at `url` with the fixture's answers saved, as after a reload. */
async function withAnswers(url: string, viewport: { width: number; height: number }, route = '#/check') {
  const opened = await openPage(env.browser, env.server.url, { viewport });
  await opened.page.evaluate(
    ([file, saved]) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: saved, file })),
    [fixture, route] as const,
  );
  // A new hash alone would keep the document, and the answers it read before they were saved: reload.
  await opened.page.goto(url);
  await opened.page.reload();
  await waitForApp(opened.page);
  return opened;
}

const headingBottom = (page: Page) =>
  page.evaluate(() => document.querySelector('#page-heading')!.getBoundingClientRect().bottom);

describe('the questionnaire as public self-service, in Chromium', () => {
  // 320×640 is a small phone; 640×400 is a 1280×800 laptop at 200 % zoom.
  for (const viewport of [
    { width: 320, height: 640 },
    { width: 640, height: 400 },
  ]) {
    it(`shows every step's heading on the first screen at ${viewport.width}×${viewport.height}`, async () => {
      const { page } = await withAnswers(env.server.url, viewport);
      const late: string[] = [];
      for (const step of steps) {
        await page.goto(`${env.server.url}#/step/${step.id}`);
        await page.waitForFunction((id) => document.title.includes(' – ') && location.hash.endsWith(id), step.id);
        const bottom = await headingBottom(page);
        if (bottom > viewport.height) late.push(`${step.id}: ${Math.round(bottom)}`);
        // Nothing scrolls sideways.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      }
      expect(late).toEqual([]);
    });
  }

  it('passes axe at 320 px on every page, the open step list included', async () => {
    const { page } = await withAnswers(env.server.url, { width: 320, height: 640 });
    const violations: string[] = [];
    for (const route of [
      '#/',
      ...steps.map((s) => `#/step/${s.id}`),
      '#/check',
      '#/results',
      '#/about',
      '#/workshop',
    ]) {
      await page.goto(`${env.server.url}${route}`);
      await page.reload();
      await waitForApp(page);
      await page.waitForTimeout(100);
      violations.push(...(await axeViolations(page)).map((v) => `${route}: ${v}`));
    }
    await page.goto(`${env.server.url}#/step/${steps[3]!.id}`);
    await page.getByRole('button', { name: /^Trin 4 af/ }).click();
    violations.push(...(await axeViolations(page)).map((v) => `step list: ${v}`));
    expect(violations).toEqual([]);
  });

  it('opens the step list from "Trin 4 af 17" with the keyboard, closes it, and follows a step from it', async () => {
    const { page } = await withAnswers(`${env.server.url}#/step/${steps[3]!.id}`, { width: 320, height: 640 });
    const button = page.getByRole('button', { name: `Trin 4 af ${steps.length + 1}` });
    const dialog = page.getByRole('dialog', { name: 'Trin i spørgeskemaet' });
    expect(await dialog.isVisible()).toBe(false);
    // The full list is not shown above the question on a phone.
    expect(await page.getByRole('link', { name: /Kompetencer$/ }).isVisible()).toBe(false);

    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Done steps carry DKFDS's check icon, named for screen readers.
    expect(await dialog.getByRole('img', { name: 'Trin 1 er udfyldt' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('step-indicator-button'))).toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.getByRole('link', { name: /Kompetencer$/ }).focus();
    await page.keyboard.press('Enter');
    await waitForHeading(page, 'Kompetencer');
    expect(await dialog.isVisible()).toBe(false);
  });

  it('leaves the first Tab to the skip link on load, and moves focus to the heading only after a step', async () => {
    const { page } = await withAnswers(env.server.url, { width: 1280, height: 800 }, '#/step/barriers-resources');
    await waitForHeading(page, 'Ressourcer og prioritering');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skipnav');
    await page.getByRole('button', { name: 'Næste' }).click();
    await waitForHeading(page, 'Juridiske afklaringer');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
  });

  it('starts the page title with "Fejl: " while the error summary shows', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/step/barriers-competencies`);
    expect(await page.title()).toBe('Kompetencer – Parat');
    await page.getByRole('button', { name: 'Næste' }).click();
    await expect.poll(() => page.title()).toBe('Fejl: Kompetencer – Parat');
    for (const radio of await page.getByLabel('Ved ikke').all()) await radio.check();
    await page.getByRole('button', { name: 'Næste' }).click();
    await waitForHeading(page, 'Ressourcer og prioritering');
    expect(await page.title()).toBe('Ressourcer og prioritering – Parat');
  });

  it('asks NIS2 on a page of its own, and an answers file and a route saved before the split still work', async () => {
    const nis2 = bank.sections
      .flatMap((s) => s.questions)
      .filter((q) => q.type === 'scale' && q.group === 'nis2-actions');
    const cyber = bank.sections.find((s) => s.id === 'cybersecurity')!;
    // Saved before the split: the route of the one cybersecurity page.
    const { page } = await withAnswers(env.server.url, { width: 1280, height: 800 }, '#/step/cybersecurity');
    await waitForHeading(page, 'Cybersikkerhed og NIS2');
    const asked = await page.locator('fieldset').count();
    expect(asked).toBe(cyber.questions.length - nis2.length);
    await page.getByRole('button', { name: 'Næste' }).click();
    await waitForHeading(page, 'Handlepunkter for NIS2');
    expect(await page.locator('.step-subheading').innerText()).toMatch(/Cybersikkerhed og NIS2/i);
    for (const question of nis2) {
      const answer = fixture.answers[question.id]!;
      expect(await page.locator(`#q-${question.id}-${answer}`).isChecked(), question.id).toBe(true);
    }
    // "Ret" on the check page leads to the page the question is on now.
    await page.goto(`${env.server.url}#/check`);
    await waitForHeading(page, 'Tjek jeres svar');
    await page.getByRole('button', { name: /^Handlepunkter for NIS2/ }).click();
    const change = page.locator(`a[href="#/step/nis2-actions/${nis2[0]!.id}"]`);
    expect(await change.count()).toBe(1);
    await change.click();
    await waitForHeading(page, 'Handlepunkter for NIS2');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(`q-${nis2[0]!.id}-high`);
  });

  it('opens the check page with "Se resultatet" and the copy notice above the answers, each step collapsed', async () => {
    const { page } = await withAnswers(`${env.server.url}#/check`, { width: 1280, height: 800 });
    await waitForHeading(page, 'Tjek jeres svar');
    const toResults = page.getByRole('link', { name: 'Se resultatet' }).first();
    expect((await toResults.boundingBox())!.y).toBeLessThan(800);
    expect(await page.getByRole('button', { name: 'Download svarene' }).isVisible()).toBe(true);
    // Every step answered, so every step is closed: the keyboard reaches the results in a few Tabs.
    expect(await page.locator('.accordion-button[aria-expanded="true"]').count()).toBe(0);
    expect(await page.locator('.parat-summary-row').first().isVisible()).toBe(false);
  });

  it('shows the start button on the first screen and offers the answers file to a returning user', async () => {
    const { page } = await withAnswers(`${env.server.url}#/`, { width: 1280, height: 800 });
    const begin = page.getByRole('link', { name: 'Fortsæt, hvor I slap' });
    const box = (await begin.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    expect(await page.getByText(/Mange kommunale pc'er glemmer alt/).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Download svarene' }).isVisible()).toBe(true);
  });
});
