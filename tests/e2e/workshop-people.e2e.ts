import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixturePath, loadFixture } from '../fixtures';
import { axeViolations, openPage, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

/** The participants' names in their fields, once names are shown. */
const participantNames = (page: Page) =>
  page
    .locator('.parat-participants input:not([list])')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
/** The open workshop as this browser stores it. */
const storedKey = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).find((key) => key.startsWith('parat-workshop:')) ?? '');

describe('who took part', () => {
  it('counts ten participants as ten when three answer alike in one second, and a file loaded twice once', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    const base = loadFixture('large-region-rpa');
    const files = Array.from({ length: 10 }, (_, i) => {
      const path = join(tmpdir(), `parat-ti-${Date.now()}-${i}.json`);
      // Three alike, saved within one second and naming nobody; seven others, each with a role.
      const answers = i < 3 ? base.answers : { ...base.answers, respondent: `Leder ${i}` };
      writeFileSync(path, JSON.stringify({ ...base, savedAt: `2026-12-06T10:15:07.${100 + i}Z`, answers }));
      return path;
    });
    await page.getByLabel('Deltagernes svarfiler').setInputFiles(files);
    await expect.poll(() => page.getByRole('heading', { name: '10 deltagere' }).isVisible()).toBe(true);
    // Anonymous participants need not be told apart: no warning about their names.
    expect(await page.locator('.parat-participants').innerText()).not.toContain('Samme navn');
    await page.getByLabel('Deltagernes svarfiler').setInputFiles([files[1]!]);
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('En fil var allerede indlæst');
    expect(await page.getByRole('alert').first().innerText()).toContain('er den samme fil eller kode som');
    expect(await page.getByRole('heading', { name: '10 deltagere' }).isVisible()).toBe(true);

    // With names shown, the three that name nobody share the organisation's name, and are asked to be told apart.
    await page.getByLabel('Vis deltagernes navne').check();
    const collides = 'Samme navn som en anden deltager. Giv dem hvert sit navn, så I kan kende dem fra hinanden.';
    expect((await page.locator('.parat-participants').innerText()).split(collides).length - 1).toBe(3);
    await page.getByLabel('Navn på deltager 1', { exact: true }).fill('Økonomichef');
    await page.getByLabel('Navn på deltager 2').fill('Projektleder');
    await page.getByLabel('Navn på deltager 3').fill('Jurist');
    expect(await page.locator('.parat-participants').innerText()).not.toContain(collides);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await waitForHeading(page, 'Workshop');
    await page.getByRole('heading', { name: '10 deltagere' }).waitFor();
    expect((await participantNames(page)).slice(0, 4)).toEqual(['Økonomichef', 'Projektleder', 'Jurist', 'Leder 3']);
  });
});

describe('respondents in turn in one browser', () => {
  it('adds each respondent’s answers by name, keeps them across "Start forfra" and reloads, and says when some cannot be read', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    for (const [name, fixture] of [
      ['Anna', 'large-region-rpa'],
      ['Bo', 'state-agency-ml-legal'],
    ] as const) {
      await page.evaluate(
        (file) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/check', file })),
        { ...loadFixture(fixture), savedAt: new Date().toISOString() },
      );
      await page.goto(`${env.server.url}#/workshop`);
      await page.reload();
      await waitForHeading(page, 'Workshop');
      await page.getByLabel('Deltagerens navn').fill(name);
      await page.getByRole('button', { name: 'Tilføj de nuværende svar som deltager' }).click();
      await page.goto(`${env.server.url}#/`);
      await page.getByRole('button', { name: 'Start forfra' }).click();
      await page.getByRole('button', { name: 'Slet svarene og start forfra' }).click();
      await waitForHeading(page, 'Om jeres organisation');
    }
    await page.goto(`${env.server.url}#/workshop`);
    await page.reload();
    await waitForHeading(page, 'Workshop');
    await page.getByLabel('Vis deltagernes navne').check();
    expect(await participantNames(page)).toEqual(['Anna', 'Bo']);

    // A participant whose stored answers cannot be read is left out and said so; the rest stays, and the stored
    // text is kept aside before anything is saved over it.
    const key = await storedKey(page);
    // Names shown is saved with the workshop shortly after the click: the edit below comes after that save.
    await expect
      .poll(() =>
        page.evaluate((k) => (JSON.parse(localStorage.getItem(k)!) as { showNames?: boolean }).showNames, key),
      )
      .toBe(true);
    const damaged = await page.evaluate((k) => {
      const saved = JSON.parse(localStorage.getItem(k)!) as { participants: { file: object }[] };
      saved.participants[1]!.file = { format: 'parat-answers', bankVersion: 1, answers: { sector: 'planet' } };
      localStorage.setItem(k, JSON.stringify(saved));
      return localStorage.getItem(k);
    }, key);
    await page.reload();
    await waitForHeading(page, 'Workshop');
    expect(await page.getByRole('alert').innerText()).toContain('1 gemt deltager kunne ikke læses og er udeladt.');
    expect(await participantNames(page)).toEqual(['Anna']);
    await page.getByLabel('Deltagernes svarfiler').setInputFiles([fixturePath('small-municipality-starting')]);
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('parat-workshop-unreadable'))).toBe(
      JSON.stringify([damaged]),
    );

    // A stored workshop that is no workshop at all: kept aside, offered as a file, and a new workshop begun.
    await page.evaluate((k) => localStorage.setItem(k, '{"format":"parat-workshop","version":1,"partic'), key);
    await page.reload();
    await waitForHeading(page, 'Workshop');
    expect(await page.getByRole('alert').innerText()).toContain('De gemte deltagere kunne ikke læses.');
    expect(await page.getByRole('button', { name: 'Hent de gemte data, som de er' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Slet de ulæselige data' }).click();
    expect(await page.evaluate(() => localStorage.getItem('parat-workshop-unreadable'))).toBeNull();
  });

  it('says when the browser has no room for the workshop, and still combines its participants', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('parat-workshop')) throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page
      .getByLabel('Deltagernes svarfiler')
      .setInputFiles([fixturePath('small-municipality-starting'), fixturePath('large-region-rpa')]);
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Deltagerne gemmes ikke i denne browser');
    expect(await axeViolations(page)).toEqual([]);
  });
});
