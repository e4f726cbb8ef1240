import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { combine } from '../../scoring';
import { fixturePath, loadFixture } from '../fixtures';
import { axeViolations, downloadPdf, openPage, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

/** The participants' names as the workshop page shows them, in their fields. */
const participantNames = (page: Page) =>
  page.locator('.parat-participants input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
const three = ['small-municipality-starting', 'large-region-rpa', 'state-agency-ml-legal'] as const;

describe('a workshop in Chromium', () => {
  it('combines three participants, shows spread and disagreement, anonymises, and refuses a broken file', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    const broken = join(tmpdir(), `parat-not-answers-${Date.now()}.json`);
    writeFileSync(broken, 'not json');
    await page
      .getByLabel('Deltagernes svarfiler')
      .setInputFiles([fixturePath(three[0]), fixturePath(three[1]), broken]);
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').innerText()).toContain('Indholdet er ikke gyldig JSON');

    // The third participant arrives by drag-and-drop.
    const text = readFileSync(fixturePath(three[2]), 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'styrelsen.json', { type: 'application/json' }));
      document
        .querySelector('.parat-dropzone')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => page.getByRole('heading', { name: '3 deltagere' }).isVisible()).toBe(true);

    const workshop = combine(
      bank,
      three.map((n) => loadFixture(n).answers),
    );
    const legal = workshop.sections.find((s) => s.sectionId === 'barriers-legal')!;
    const row = await page.getByRole('row', { name: /Juridiske afklaringer/ }).innerText();
    // One figure per area, named: the group's score, then the participants' mean and spread, flagged when partial.
    expect(row.split('\t')).toEqual([
      'Juridiske afklaringer',
      String(Math.round(legal.group!)),
      String(Math.round(legal.mean!)),
      String(Math.round(legal.spread!)),
      `${Math.round(legal.min!)}–${Math.round(legal.max!)}`,
      'Kun 2 af 3',
    ]);
    const iot = await page.getByRole('row', { name: /Internet of Things/ }).innerText();
    expect(iot.split('\t').slice(3)).toEqual(['–', '–', 'Kun 1 af 3']);
    const discussion = page.locator('h2:has-text("Her er I mest uenige") + ol > li');
    expect(await discussion.count()).toBe(5);
    expect(await discussion.first().innerText()).toContain(
      'I hvilken grad er I i tvivl om reglerne for opbevaring af data',
    );

    expect(await participantNames(page)).toEqual([
      'Lille Sønderå Kommune',
      'Region Østerhavn',
      'Styrelsen for Dataforvaltning',
    ]);
    await page.getByLabel('Vis deltagerne anonymt').check();
    expect(await page.locator('.parat-participants li > span').allInnerTexts()).toEqual([
      'Deltager 1',
      'Deltager 2',
      'Deltager 3',
    ]);
    expect(await page.locator('.parat-participants input').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Region Østerhavn');

    const firstGroupRecommendation = await page.locator('.parat-recommendation h4').first().innerText();
    expect(firstGroupRecommendation).toContain(
      JSON.parse(readFileSync(new URL('../../locales/da/recommendations.json', import.meta.url), 'utf8'))[
        workshop.group.recommendations[0]!.id
      ].title,
    );
    expect(await page.getByRole('heading', { name: 'Gruppens svar ved siden af landstallet' }).isVisible()).toBe(true);
    expect(await page.locator('.parat-chart-table').first().innerText()).toContain(
      'Cyberangreb, der forstyrrede driften',
    );
    await page.getByText('Juridiske afklaringer', { exact: true }).locator('xpath=ancestor-or-self::summary').click();
    const storage = page.getByRole('row', { name: /Regler for opbevaring af data/ });
    expect((await storage.innerText()).split('\t')).toEqual([
      'Regler for opbevaring af data',
      '2.0',
      '1.0',
      'I høj grad: 1 · I lav grad: 1 · Ved ikke: 1',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Vis på projektor' }).click();
    const slide = page.getByRole('dialog', { name: 'Præsentation' });
    const slideHeading = slide.getByRole('heading', { level: 2 });
    await expect.poll(() => slideHeading.isVisible()).toBe(true);
    expect(await slideHeading.innerText()).toBe('Kompetencer');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Kompetencer');
    expect(await page.evaluate(() => document.fullscreenElement?.tagName)).toBe('HTML');
    const slides = workshop.sections.filter((s) => s.scored > 0).length;
    expect(await slide.innerText()).toContain(`1 af ${slides}`);
    expect(await slide.innerText()).toContain('Gruppens score');
    expect(await axeViolations(page)).toEqual([]);
    // Presenter remotes send Page Down and Page Up; the arrow keys do the same.
    await page.keyboard.press('PageDown');
    await expect.poll(() => slideHeading.innerText()).toBe('Ressourcer og prioritering');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ressourcer og prioritering');
    expect(await slide.locator('[aria-live]').innerText()).toBe(`2 af ${slides}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageUp');
    await expect.poll(() => slideHeading.innerText()).toBe('Ressourcer og prioritering');
    // Only one participant has an IoT score: said, and no spread drawn from it.
    while ((await slideHeading.innerText()) !== 'Internet of Things (IoT)') await page.keyboard.press('ArrowRight');
    expect(await slide.locator('.parat-projector-detail').innerText()).toBe('Kun 1 af 3 har svaret');
    expect(await slide.locator('.parat-dot').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => slide.count()).toBe(0);
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('workshop-present');

    const pdf = await downloadPdf(page);
    expect(pdf.title).toBe('Resultat for Workshop med 3 deltagere');
    expect(pdf.text).toContain('Workshop: spredning og uenighed');
    expect(pdf.text).not.toContain('Region Østerhavn');

    await page.getByRole('button', { name: 'Fjern Deltager 2' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
  });
});

describe('the projector view', () => {
  it('fills a 1024×768 projector with the title and the dot plot, in type for the back of the room, and ignores keys typed in a field', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`, {
      viewport: { width: 1024, height: 768 },
    });
    await waitForHeading(page, 'Workshop');
    await page.getByLabel('Deltagernes svarfiler').setInputFiles(three.map((name) => fixturePath(name)));
    await expect.poll(() => page.getByRole('heading', { name: '3 deltagere' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Vis på projektor' }).click();
    const slide = page.getByRole('dialog', { name: 'Præsentation' });
    const title = slide.getByRole('heading', { level: 2 });
    await expect.poll(() => title.isVisible()).toBe(true);

    const inside = async (selector: string) =>
      slide.locator(selector).evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
      });
    expect(await inside('h2')).toBe(true);
    expect(await inside('.parat-dot-plot')).toBe(true);
    expect(await slide.locator('.parat-dot').count()).toBe(3);
    const px = (selector: string) =>
      slide
        .locator(selector)
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(await px('h2')).toBeGreaterThanOrEqual(48);
    expect(await px('.parat-projector-figure')).toBeGreaterThanOrEqual(32);
    expect(await px('.parat-dot-plot text')).toBeGreaterThanOrEqual(32);
    expect(await px('.parat-answer-bars-count')).toBeGreaterThanOrEqual(32);
    // Nothing of the page behind shows or can take focus.
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A field with the caret in it keeps its arrow keys: the slide stays. (The projector has no field of its own;
    // one is put in it here, as a browser extension or a future form might.)
    await page.evaluate(() => {
      const field = document.createElement('input');
      field.setAttribute('aria-label', 'Felt');
      document.querySelector('dialog')?.append(field);
      field.focus();
    });
    await page.keyboard.type('ab');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    expect(await title.innerText()).toBe('Kompetencer');
    await title.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => title.innerText()).toBe('Ressourcer og prioritering');
  });
});

describe('who answered', () => {
  it('names participants after who answered, asks for a name where names collide or lack, and refuses a file loaded twice', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    // Four people from one municipality: one gave a role, three did not, so three names collide.
    const base = loadFixture('large-region-rpa');
    const files = ['IT-chef', '', '', ''].map((respondent, i) => {
      const path = join(tmpdir(), `parat-svar-${Date.now()}-${i}.json`);
      const answers = { ...base.answers, 'organisation-name': 'Midtby Kommune', respondent };
      writeFileSync(path, JSON.stringify({ ...base, savedAt: `2026-11-2${i}T10:00:00.000Z`, answers }));
      return path;
    });
    await page.getByLabel('Deltagernes svarfiler').setInputFiles(files);
    await expect.poll(() => page.getByRole('heading', { name: '4 deltagere' }).isVisible()).toBe(true);
    expect(await participantNames(page)).toEqual(['IT-chef', 'Midtby Kommune', 'Midtby Kommune', 'Midtby Kommune']);
    const collides = 'Samme navn som en anden deltager. Giv dem hvert sit navn, så I kan kende dem fra hinanden.';
    const second = page.getByLabel('Navn på deltager 2');
    expect(await second.getAttribute('aria-describedby')).not.toBeNull();
    expect(await page.locator(`#${(await second.getAttribute('aria-describedby'))!}`).innerText()).toBe(collides);
    expect(await page.getByLabel('Navn på deltager 1').getAttribute('aria-describedby')).toBeNull();
    expect(await axeViolations(page)).toEqual([]);

    // Renamed by keyboard: the collisions go, and a name that says nothing about who answered is still asked for.
    await second.fill('Økonomichef');
    await page.getByLabel('Navn på deltager 3').fill('Projektleder');
    expect(await page.locator('.parat-participants').innerText()).not.toContain(collides);
    expect(await page.locator('.parat-participants').innerText()).toContain(
      'Svarene siger ikke, hvem der har svaret. Skriv et navn eller en rolle.',
    );
    await page.getByLabel('Navn på deltager 4').fill('Digitaliseringskonsulent');
    expect(await page.locator('.parat-participants .form-hint').count()).toBe(0);

    // The IT-chef's file again, among a new one: refused with a message, the new one added.
    const fifth = join(tmpdir(), `parat-svar-${Date.now()}-5.json`);
    writeFileSync(fifth, JSON.stringify({ ...base, savedAt: '2026-11-25T10:00:00.000Z' }));
    await page.getByLabel('Deltagernes svarfiler').setInputFiles([files[0]!, fifth]);
    await expect.poll(() => page.getByRole('heading', { name: '5 deltagere' }).isVisible()).toBe(true);
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain('En fil var allerede indlæst');
    expect(await alert.innerText()).toContain(`har de samme svar som IT-chef og er ikke lagt til igen.`);

    // The group's PDF names the organisation's type the participants agree on, and one figure per area.
    const pdf = await downloadPdf(page);
    expect(pdf.text).toMatch(/Type Region/);
    expect(pdf.text).toContain('Gruppens score (0-100)');

    // The names given here are kept over a reload.
    await page.reload();
    await waitForHeading(page, 'Workshop');
    expect(await participantNames(page)).toEqual([
      'IT-chef',
      'Økonomichef',
      'Projektleder',
      'Digitaliseringskonsulent',
      'Region Østerhavn',
    ]);
  });
});

describe('respondents in turn in one browser', () => {
  it('adds each respondent’s answers by name, keeps them across "Start forfra" and reloads, and says when some cannot be read', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    for (const [name, fixture] of [
      ['Anna', 'large-region-rpa'],
      ['Bo', 'state-agency-ml-legal'],
    ] as const) {
      // Saved now, after the last "Start forfra", as Parat saves it: answers saved before it stay cleared.
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
    expect(await participantNames(page)).toEqual(['Anna', 'Bo']);
    expect(await axeViolations(page)).toEqual([]);

    await page.evaluate(() => {
      const saved = JSON.parse(localStorage.getItem('parat-workshop') ?? '{}') as { participants: { file: object }[] };
      saved.participants[1]!.file = { format: 'parat-answers', bankVersion: 1, answers: { sector: 'planet' } };
      localStorage.setItem('parat-workshop', JSON.stringify(saved));
    });
    await page.reload();
    await waitForHeading(page, 'Workshop');
    expect(await page.getByRole('alert').innerText()).toContain('1 gemt deltager kunne ikke læses og er udeladt.');
    expect(await participantNames(page)).toEqual(['Anna']);
    // Adding a participant does not destroy what could not be read: it was put aside first, until discarded.
    const damaged = await page.evaluate(() => localStorage.getItem('parat-workshop'));
    await page.getByLabel('Deltagernes svarfiler').setInputFiles([fixturePath(three[0])]);
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('parat-workshop-unreadable'))).toBe(
      JSON.stringify([damaged]),
    );

    await page.evaluate(() => localStorage.setItem('parat-workshop', '{"version":1,"participants":[{"key":'));
    await page.reload();
    await waitForHeading(page, 'Workshop');
    expect(await page.getByRole('alert').innerText()).toContain('De gemte deltagere kunne ikke læses.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Slet de ulæselige data' }).click();
    expect(await page.evaluate(() => localStorage.getItem('parat-workshop-unreadable'))).toBeNull();
  });

  it('says when the browser has no room for the participants, and still combines them', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key === 'parat-workshop') throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.getByLabel('Deltagernes svarfiler').setInputFiles([fixturePath(three[0]), fixturePath(three[1])]);
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').innerText()).toContain('Deltagerne gemmes ikke i denne browser');
    expect(await axeViolations(page)).toEqual([]);
  });
});
