import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../questions/plan';
import { axeViolations, openPage, openSaved, savedAnswers, waitForApp, waitForHeading } from './harness';
import { questionsOf } from './profile-browser';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

/** Clicks every element at one moment in each page: a timer set to the same instant, not one click after another. */
async function atTheSameMoment(pages: Page[], ids: string[][]) {
  const at = Date.now() + 400;
  await Promise.all(
    pages.map((page, i) =>
      page.evaluate(
        ({ targets, when }) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              for (const id of targets) document.getElementById(id)?.click();
              resolve();
            }, when - Date.now()),
          ),
        { targets: ids[i] ?? [], when: at },
      ),
    ),
  );
}

const savedPlan = async (page: Page) =>
  (JSON.parse((await page.evaluate(() => localStorage.getItem('parat'))) ?? '{}') as { file?: { plan?: Plan } }).file
    ?.plan ?? {};

/** Types into one field in each page at one moment, as a user does, through the field's own input event. */
async function typeAtTheSameMoment(pages: Page[], fields: [selector: string, text: string][]) {
  const at = Date.now() + 400;
  await Promise.all(
    pages.map((page, i) =>
      page.evaluate(
        ({ field, when }) =>
          new Promise<void>((resolve) =>
            setTimeout(() => {
              const input = document.querySelector<HTMLInputElement>(field[0]);
              if (input) {
                // React tracks the value it set: the prototype's setter makes this an input like a keystroke.
                Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, field[1]);
                input.dispatchEvent(new Event('input', { bubbles: true }));
              }
              resolve();
            }, when - Date.now()),
          ),
        { field: fields[i] ?? ['', ''], when: at },
      ),
    ),
  );
}

describe('nothing the user entered is lost', () => {
  it('keeps both tabs’ answers when two tabs answer at the same moment', async () => {
    const { page: first, context } = await openPage(env.browser, `${env.server.url}#/step/cybersecurity`);
    const second = await context.newPage();
    await second.goto(`${env.server.url}#/step/sustainability`);
    await waitForHeading(second, 'Bæredygtighed og ESG');
    const cyber = questionsOf('cybersecurity');
    const green = questionsOf('sustainability');
    // One answer in each tab at the same instant, question after question, in simultaneous pairs.
    const pairs = Math.min(cyber.length, green.length);
    for (let i = 0; i < pairs; i++) {
      await atTheSameMoment([first, second], [[`q-${cyber[i]}-some`], [`q-${green[i]}-low`]]);
    }
    const expected = Object.fromEntries([
      ...cyber.slice(0, pairs).map((id) => [id, 'some']),
      ...green.slice(0, pairs).map((id) => [id, 'low']),
    ]);
    await expect.poll(async () => (await savedAnswers(first)).answers, { timeout: 5000 }).toEqual(expected);
    const fresh = await context.newPage();
    await fresh.goto(`${env.server.url}#/check`);
    await waitForApp(fresh);
    expect((await savedAnswers(fresh)).answers).toEqual(expected);
    await context.close();
  });

  it('keeps both tabs’ notes when notes are typed in two tabs at once', async () => {
    const { page: first, context } = await openPage(env.browser, `${env.server.url}#/step/cybersecurity`);
    const second = await context.newPage();
    await second.goto(`${env.server.url}#/step/sustainability`);
    await waitForHeading(second, 'Bæredygtighed og ESG');
    const typeNotes = async (page: Page, ids: string[], text: string) => {
      for (const id of ids) {
        await page.locator(`#question-${id} .parat-note > summary`).click();
        await page.locator(`#q-${id}-note`).pressSequentially(text, { delay: 5 });
      }
    };
    const cyber = questionsOf('cybersecurity').slice(0, 8);
    const green = questionsOf('sustainability').slice(0, 8);
    await Promise.all([typeNotes(first, cyber, 'Aftalt i IT'), typeNotes(second, green, 'Se ESG-plan')]);
    const expected = Object.fromEntries([
      ...cyber.map((id) => [id, 'Aftalt i IT']),
      ...green.map((id) => [id, 'Se ESG-plan']),
    ]);
    await expect.poll(async () => (await savedAnswers(second)).notes, { timeout: 5000 }).toEqual(expected);
    await context.close();
  });

  it('keeps both fields when two tabs change one plan action at the same moment', async () => {
    const { page: first, context } = await openPage(env.browser, env.server.url);
    const action = { title: 'Budget til robotdrift', areas: [], status: 'not-started' };
    await openSaved(
      first,
      env.server.url,
      { format: 'parat-answers', bankVersion: 1, answers: {}, plan: { 'own-a': action } },
      '#/plan',
    );
    const second = await context.newPage();
    await second.goto(`${env.server.url}#/plan`);
    for (const page of [first, second]) {
      await waitForHeading(page, 'Handlingsplan');
      await page.locator('.parat-action summary').click();
    }
    const lost: string[] = [];
    for (let round = 1; round <= 6; round++) {
      const expected = { ...action, responsible: `Kontorchef ${round}`, deadline: `2027-0${round}-15` };
      await typeAtTheSameMoment(
        [first, second],
        [
          ['#plan-own-a-responsible', expected.responsible],
          ['#plan-own-a-deadline', expected.deadline],
        ],
      );
      await first.waitForTimeout(300);
      const saved = (await savedPlan(first))['own-a'];
      if (saved?.responsible !== expected.responsible) lost.push(`round ${round}: the responsible`);
      if (saved?.deadline !== expected.deadline) lost.push(`round ${round}: the deadline`);
    }
    expect(lost).toEqual([]);
    await context.close();
  });

  it('keeps a note that is emptied and then retyped with the keyboard', async () => {
    const { page, context } = await openPage(env.browser, `${env.server.url}#/step/cybersecurity`);
    await page.locator('#question-cyber-mature .parat-note > summary').click();
    const note = page.locator('#q-cyber-mature-note');
    await note.pressSequentially('Første udkast');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('q-cyber-mature-note');
    await page.keyboard.type('Ny tekst');
    await expect.poll(async () => (await savedAnswers(page)).notes['cyber-mature']).toBe('Ny tekst');
    await context.close();
  });

  it('keeps damaged saved data through the next answer and offers its answers as a file the import accepts', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    const file = { format: 'parat-answers', bankVersion: 1, answers: { sector: 'region', size: '500-1999' } };
    // A wrapper this version cannot take over: a route that is not text.
    const damaged = JSON.stringify({ storageVersion: 1, route: 7, file });
    await page.evaluate((raw) => localStorage.setItem('parat', raw), damaged);
    await page.reload();
    await waitForApp(page);
    const alert = page.getByRole('alert').filter({ hasText: 'Nogle gemte data kunne ikke læses' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    expect(await alert.innerText()).toContain('2 svar og noter kunne læses');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${env.server.url}#/step/cybersecurity`);
    await waitForHeading(page, 'Cybersikkerhed og NIS2');
    await page.locator('#q-cyber-mature-high').check();
    await page.reload();
    await waitForHeading(page, 'Cybersikkerhed og NIS2');
    expect(await page.evaluate(() => localStorage.getItem('parat-unreadable'))).toBe(JSON.stringify([damaged]));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Hent svarene som fil' }).click(),
    ]);
    const recovered = join(tmpdir(), `parat-recovered-${Date.now()}.json`);
    writeFileSync(recovered, readFileSync((await download.path())!));
    await page.goto(`${env.server.url}#/`);
    await page.getByLabel('Svarfil').setInputFiles(recovered);
    const preview = page.getByRole('region', { name: 'Vil I erstatte jeres svar med disse?' });
    await expect.poll(() => preview.isVisible()).toBe(true);
    await preview.getByRole('button', { name: 'Erstat jeres svar' }).click();
    await expect.poll(async () => (await savedAnswers(page)).answers).toEqual(file.answers);

    await alert.getByRole('button', { name: 'Slet de ulæselige data' }).click();
    await page.reload();
    await waitForApp(page);
    expect(await alert.count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('parat-unreadable'))).toBeNull();
    rmSync(recovered);
    await context.close();
  });

  it('never follows a stored route to another site', async () => {
    const { page, context, requests } = await openPage(env.browser, env.server.url);
    await page.evaluate(() =>
      localStorage.setItem(
        'parat',
        JSON.stringify({
          storageVersion: 1,
          route: 'https://example.invalid/steal',
          file: { format: 'parat-answers', bankVersion: 1, answers: { sector: 'region' } },
        }),
      ),
    );
    await page.goto(env.server.url);
    await waitForApp(page);
    await page.waitForTimeout(300);
    expect(page.url()).toBe(env.server.url);
    expect(requests.filter((url) => !url.startsWith(env.server.url))).toEqual([]);
    expect((await savedAnswers(page)).answers).toEqual({ sector: 'region' });
    await context.close();
  });
});
