import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { waitForHeading } from './harness';
import { kill, questionsOf, startChromium } from './profile-browser';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

/** Work an earlier Parat saved, before it stamped each change: a plan action and answers, saved a day ago. */
const earlierWork = (answered: string[]) => ({
  storageVersion: 1,
  route: '#/plan',
  file: {
    format: 'parat-answers',
    bankVersion: bank.version,
    savedAt: new Date(Date.now() - 86_400_000).toISOString(),
    answers: Object.fromEntries(answered.map((id) => [id, 'low'])),
    plan: { 'own-budget': { title: 'Budget til robotdrift', areas: [], status: 'not-started' } },
  },
});

/** A visit that leaves `saved` in localStorage and ends the browser normally, so it is on disk. */
async function earlierVisit(profile: string, saved: object) {
  const { browser, process: child } = await startChromium(profile);
  const page = await browser.contexts()[0]!.newPage();
  await page.goto(env.server.url);
  await page.evaluate((raw) => localStorage.setItem('parat', raw), JSON.stringify(saved));
  const ended = new Promise((resolve) => child.on('exit', resolve));
  await (await browser.newBrowserCDPSession()).send('Browser.close');
  await ended;
}

/** Does `change` in a fresh browser on the profile, kills its process a second later, and asks `kept` after a restart. */
async function changeThenKill(
  profile: string,
  change: (page: Page) => Promise<void>,
  kept: (page: Page) => Promise<boolean>,
) {
  const { browser, process: child } = await startChromium(profile);
  await change(await browser.contexts()[0]!.newPage());
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await kill(child);
  const again = await startChromium(profile);
  try {
    return await kept(await again.browser.contexts()[0]!.newPage());
  } finally {
    await kill(again.process);
  }
}

describe('a browser that is killed', () => {
  it('keeps a plan field and a changed answer typed one second before the browser process was killed', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'parat-crash-'));
    const questions = questionsOf('cybersecurity').slice(0, 3);
    const lost: string[] = [];
    try {
      await earlierVisit(profile, earlierWork(questions));
      for (const [round, id] of questions.entries()) {
        const responsible = `Kontorchef ${round + 1}`;
        const field = '#plan-own-budget-responsible';
        const planKept = await changeThenKill(
          profile,
          async (page) => {
            await page.goto(`${env.server.url}#/plan`);
            await waitForHeading(page, 'Handlingsplan');
            await page.locator('.parat-action summary').click();
            await page.locator(field).fill('');
            await page.locator(field).pressSequentially(responsible);
          },
          async (page) => {
            await page.goto(`${env.server.url}#/plan`);
            await waitForHeading(page, 'Handlingsplan');
            return (await page.locator('.parat-action summary').innerText()).includes(responsible);
          },
        );
        if (!planKept) lost.push(`round ${round + 1}: the responsible`);
        const answerKept = await changeThenKill(
          profile,
          async (page) => {
            await page.goto(`${env.server.url}#/step/cybersecurity`);
            await waitForHeading(page, 'Cybersikkerhed og NIS2');
            await page.locator(`#q-${id}-high`).check();
          },
          async (page) => {
            await page.goto(`${env.server.url}#/step/cybersecurity`);
            await waitForHeading(page, 'Cybersikkerhed og NIS2');
            return page.locator(`#q-${id}-high`).isChecked();
          },
        );
        if (!answerKept) lost.push(`round ${round + 1}: the answer to ${id}`);
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    expect(lost).toEqual([]);
  });

  it('keeps an answer given one second before the browser process was killed', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'parat-crash-'));
    const questions = questionsOf('cybersecurity').slice(0, 5);
    let lost = 0;
    try {
      for (const [round, id] of questions.entries()) {
        const { browser, process: child } = await startChromium(profile);
        const page = await browser.contexts()[0]!.newPage();
        await page.goto(`${env.server.url}#/step/cybersecurity`);
        await waitForHeading(page, 'Cybersikkerhed og NIS2');
        await page.locator(`#q-${id}-high`).check();
        await page.waitForTimeout(1000);
        await kill(child);

        const again = await startChromium(profile);
        const reopened = await again.browser.contexts()[0]!.newPage();
        await reopened.goto(env.server.url);
        await waitForHeading(reopened, 'Cybersikkerhed og NIS2');
        const kept = await reopened.locator(`#q-${id}-high`).isChecked();
        if (!kept) lost += 1;
        expect(kept, `round ${round + 1}: ${id}`).toBe(true);
        await kill(again.process);
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    expect(lost).toBe(0);
  });
});
