import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { preloadedFonts } from '../../vite.config';
import { bank } from '../../questions';
import { assess } from '../../scoring';
import { loadFixture } from '../fixtures';
import { startBuildInChromium } from './setup';
import { activateWithKeyboard, answerStepWithKeyboard, type Chooser } from './keyboard';
import { axeViolations, cspViolations, downloadPdf, drawnFonts, headingText, openPage, savedAnswers } from './harness';

const env = startBuildInChromium();

const daRecommendations = JSON.parse(
  readFileSync(new URL('../../locales/da/recommendations.json', import.meta.url), 'utf8'),
) as Record<string, { title: string }>;

// RPA in operation and machine learning in pilot, so their steps appear; the rest vary by question.
const stages: Record<string, number> = { 'stage-rpa': 3, 'stage-machine-learning': 2 };
const choose: Chooser = (id, count) =>
  id.startsWith('stage-') ? (stages[id] ?? 0) : [...id].reduce((sum, c) => sum + c.charCodeAt(0), 0) % count;

const sameOrigin = (requests: string[]) =>
  requests.filter((url) => !url.startsWith(env.server.url) && !url.startsWith('blob:'));

async function answerUntilCheck(page: Page, violations: string[]) {
  for (let step = 0; step < 30; step += 1) {
    const heading = await headingText(page);
    if (heading === 'Tjek jeres svar') return;
    violations.push(...(await axeViolations(page)).map((v) => `${heading}: ${v}`));
    await answerStepWithKeyboard(page, choose, { 'organisation-name': 'Ærø Kommune <b>test</b>' });
    await page.waitForFunction(
      (previous) => document.querySelector('#page-heading')?.textContent !== previous,
      heading,
    );
  }
  throw new Error('the questionnaire never reached "Tjek jeres svar"');
}

describe('the questionnaire in Chromium', () => {
  it('can be completed with the keyboard alone, passes axe on every page, and shows the recommendations scoring gives', async () => {
    const { page, requests, errors } = await openPage(env.browser, env.server.url);
    const violations: string[] = [...(await axeViolations(page)).map((v) => `start: ${v}`)];
    await activateWithKeyboard(page, 'Start');
    await page.waitForFunction(() => document.querySelector('#page-heading')?.textContent === 'Om jeres organisation');
    await answerUntilCheck(page, violations);
    violations.push(...(await axeViolations(page)).map((v) => `check: ${v}`));

    const { answers } = await savedAnswers(page);
    expect(answers['organisation-name']).toBe('Ærø Kommune <b>test</b>');
    expect(answers['stage-rpa']).toBe('operation');
    expect(answers['rpa-test-environments']).toBeDefined();
    expect(answers['drones-privacy']).toBeUndefined();

    await activateWithKeyboard(page, 'Se resultatet');
    await page.waitForFunction(() => document.querySelector('#page-heading')?.textContent?.startsWith('Resultat for'));
    expect(await headingText(page)).toBe('Resultat for Ærø Kommune <b>test</b>');
    // The first five are named as where to start; the rest are one click away. The recommendations follow the
    // first screen, rendered in the background.
    await page.getByRole('heading', { name: 'Her kan I starte' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Her kan I starte' }).count()).toBe(1);
    const rest = page.getByText(/^Vis de øvrige \d+ anbefalinger$/);
    if (await rest.count()) await rest.click();
    const shownTitles = await page.locator('.parat-recommendation h4').allInnerTexts();
    const expected = assess(bank, answers).recommendations.map(
      (r) => `${r.label ? `${r.label} ` : ''}${daRecommendations[r.id]!.title}`,
    );
    expect(shownTitles).toEqual(expected);
    violations.push(...(await axeViolations(page)).map((v) => `results: ${v}`));

    const pdf = await downloadPdf(page);
    // The button keeps the focus while the report is made, so a keyboard user goes on from where they were.
    expect(pdf.focused).toBe('Download PDF');
    expect(pdf.filename).toMatch(/^parat-rapport-aeroe-kommune-b-test-b-[a-z0-9-]*\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(pdf.title).toBe('Resultat for Ærø Kommune <b>test</b>');
    // In the report a code such as LF3.3 is a tag under the title, not its start.
    let from = 0;
    for (const title of assess(bank, answers).recommendations.map((r) => daRecommendations[r.id]!.title)) {
      const at = pdf.text.indexOf(title, from);
      expect(at, title).toBeGreaterThanOrEqual(from);
      from = at + title.length;
    }
    // Every page's footer carries the fingerprint the browser made of the answers with WebCrypto.
    for (const pdfPage of pdf.pages) {
      expect(pdfPage.items.map((item) => item.text).join(' ')).toMatch(
        /Fingeraftryk af svarfilen \(SHA-256\): [0-9a-f]{64}/,
      );
    }

    await page.goto(`${env.server.url}#/about`);
    await page.waitForFunction(() => document.querySelector('#page-heading')?.textContent === 'Om Parat');
    violations.push(...(await axeViolations(page)).map((v) => `about: ${v}`));

    expect(violations).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    expect(sameOrigin(requests)).toEqual([]);
  });

  it('shows a first visit on a slow line its questions in the same typeface as their heading', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const fonts: string[] = [];
    page.on('response', (response) => {
      const file = /\/(IBMPlexSans-[\w]+-[\w]+)-[\w-]+\.woff2$/.exec(response.url())?.[1];
      if (file) fonts.push(file);
    });
    // A fresh profile on a slow phone line: font-display: optional then gives a face that is not preloaded too
    // little time, and the text set in it stays in the fallback font.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: 200_000,
      uploadThroughput: 90_000,
    });
    await page.goto(env.server.url);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Om jeres organisation' }).waitFor();
    for (const selector of ['h1', 'legend', '.form-label', '.form-hint', 'button[type=submit]']) {
      expect({ selector, fonts: await drawnFonts(page, selector) }).toEqual({ selector, fonts: ['IBM Plex Sans'] });
    }
    expect([...new Set(fonts)].sort()).toEqual([...preloadedFonts].sort());
    await context.close();
  });

  it('shows a barrier step the 2024 national figures on its subject, opened with the keyboard after the questions', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    await page.evaluate(
      (file) =>
        localStorage.setItem(
          'parat',
          JSON.stringify({ storageVersion: 1, route: '#/step/barriers-architecture', file }),
        ),
      loadFixture('large-region-rpa'),
    );
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Arkitektur, systemer og data' }).waitFor();
    const summary = 'Beslægtede landstal fra IT i praksis 2024-2025';
    await activateWithKeyboard(page, summary);
    const table = page.getByRole('table', {
      name: 'Udfordringer med it-leverandørernes leverancer, samarbejde og prisstigninger',
    });
    expect(await table.getByRole('row', { name: /Urimelige licensstigninger/ }).innerText()).toMatch(
      /^Urimelige licensstigninger\t54\s%\t58\s%$/,
    );
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual([
      'Udfordring',
      'I høj grad (IT i praksis 2021-2022)',
      'I høj grad (IT i praksis 2024-2025)',
    ]);
    // The figures follow the questions, so they are read after answering, not before.
    const lastQuestion = await page.locator('fieldset').last().boundingBox();
    const figures = await page.locator('summary', { hasText: summary }).boundingBox();
    expect(figures!.y).toBeGreaterThan(lastQuestion!.y);
    expect(await axeViolations(page)).toEqual([]);
    // A category the report has no figures for shows none.
    await page.goto(`${env.server.url}#/step/barriers-legal`);
    await page.getByRole('heading', { level: 1, name: 'Juridiske afklaringer' }).waitFor();
    expect(await page.locator('summary', { hasText: summary }).count()).toBe(0);
  });
});
