import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startBuildInChromium } from './setup';
import { cspViolations, downloadPdf, openPage, savedAnswers, waitForHeading } from './harness';

// A sub-path, as an IT department would host it: https://kommune.dk/parat/
const env = startBuildInChromium('/parat/');

const hostileName = '<img src=x onerror="window.pwned=1">\u202Eevil\u0007 =HYPERLINK("x")';

async function answerProfile(page: Page, name = 'Sti Kommune') {
  await page.getByLabel('Organisationens navn', { exact: true }).fill(name);
  await page.getByLabel('Kommune').check();
  await page.getByLabel('Under 500').check();
  for (const technology of ['rpa', 'machine-learning', 'drones', 'iot', 'blockchain', 'genai']) {
    await page.locator(`#q-stage-${technology}-not-considered`).check();
  }
}

/** One answer beyond the profile: without any, the results page says the questionnaire is not answered yet. */
async function answerOneQuestion(page: Page, url: string) {
  await page.goto(`${url}#/step/cybersecurity`);
  await page.locator('#q-cyber-mature-low').check();
}

describe('production build', () => {
  it('works from a sub-path with a strict CSP: no violations, no other origins, no cookies, and the PDF', async () => {
    const { page, context, requests, errors } = await openPage(env.browser, `${env.server.url}#/step/profile`);
    expect(
      await page.evaluate(() =>
        document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
      ),
    ).toContain("default-src 'self'");
    await answerProfile(page);
    await answerOneQuestion(page, env.server.url);
    await page.goto(`${env.server.url}#/results`);
    await waitForHeading(page, 'Resultat for Sti Kommune');
    expect((await downloadPdf(page)).title).toBe('Resultat for Sti Kommune');
    expect(await cspViolations(page)).toEqual([]);
    expect(
      requests.filter((url) => !url.startsWith('http://127.0.0.1') || !new URL(url).pathname.startsWith('/parat/')),
    ).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(errors).toEqual([]);
  });

  it('shows the start page before its scripts run, and takes it over without replacing it or an error', async () => {
    // Without JavaScript: what a phone on a slow line shows until the scripts have arrived.
    const bare = await env.browser.newContext({ javaScriptEnabled: false });
    const before = await bare.newPage();
    await before.goto(env.server.url);
    expect(await before.locator('h1').innerText()).toBe('Hvor parat er jeres organisation til ny teknologi?');
    expect(await before.locator('.font-lead').isVisible()).toBe(true);
    await bare.close();

    // Counts every time the heading leaves the page: taking over the markup keeps it, re-rendering would not.
    const { page, context, errors } = await openPage(env.browser, env.server.url, {
      beforeLoad: (p) =>
        p.addInitScript(() => {
          const state = { removed: 0 };
          (window as unknown as { headingRemovals: typeof state }).headingRemovals = state;
          new MutationObserver((records) => {
            for (const record of records)
              for (const node of record.removedNodes)
                if (node instanceof Element && (node.id === 'page-heading' || node.querySelector('#page-heading')))
                  state.removed += 1;
          }).observe(document, { childList: true, subtree: true });
        }),
    });
    await waitForHeading(page, 'Hvor parat er jeres organisation til ny teknologi?');
    expect(
      await page.evaluate(
        () => (window as unknown as { headingRemovals: { removed: number } }).headingRemovals.removed,
      ),
    ).toBe(0);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await waitForHeading(page, 'Om jeres organisation');

    // A returning visitor who chose English gets the start page in English.
    await page.evaluate(() => localStorage.setItem('parat-language', 'en'));
    await page.goto(`${env.server.url}#/`);
    await page.reload();
    await waitForHeading(page, 'How ready is your organisation for new technology?');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('ships none of jsPDF’s optional modules for HTML and SVG, which Parat never calls', () => {
    const assets = readdirSync(fileURLToPath(new URL('../../dist/assets/', import.meta.url)));
    expect(assets.filter((name) => /html2canvas|purify|canvg|^index\.es-/.test(name))).toEqual([]);
  });

  it('works offline after the first visit, the PDF included', async () => {
    const { page, context } = await openPage(env.browser, env.server.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.goto(`${env.server.url}#/step/profile`);
    await page.reload();
    await waitForHeading(page, 'Om jeres organisation');
    await answerProfile(page, 'Offline Kommune');
    await answerOneQuestion(page, env.server.url);
    await page.getByRole('button', { name: 'English' }).click();
    await waitForHeading(page, 'Cybersecurity and NIS2');
    await page.goto(`${env.server.url}#/step/profile`);
    await waitForHeading(page, 'About your organisation');
    await page.goto(`${env.server.url}#/results`);
    await waitForHeading(page, 'Results for Offline Kommune');
    expect((await downloadPdf(page)).title).toBe('Results for Offline Kommune');
    expect(await cspViolations(page)).toEqual([]);
    await context.setOffline(false);
  });

  it('takes a new version into use without losing the answers in progress', async () => {
    // The next version: the same app built for production, with its host named in the header and its accessibility
    // statement in the footer.
    const next = mkdtempSync(join(tmpdir(), 'parat-next-'));
    execFileSync('npx', ['vite', 'build', '--outDir', next, '--emptyOutDir', '--logLevel', 'error'], {
      env: {
        ...process.env,
        VITE_HOST_NAME: 'Ny Version Kommune',
        VITE_HOST_CONTACT_URL: 'mailto:digitalisering@example.dk',
        VITE_ACCESSIBILITY_STATEMENT_URL: 'https://example.dk/was',
      },
    });
    const { page } = await openPage(env.browser, `${env.server.url}#/step/profile`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await waitForHeading(page, 'Om jeres organisation');
    await page.getByLabel('Organisationens navn', { exact: true }).fill('Ny Version Kommune');
    await page.getByLabel('Kommune').check();
    const statement = page.getByRole('link', { name: 'Tilgængelighedserklæring' });
    expect(await statement.count()).toBe(0);

    try {
      env.server.serveFrom(next);
      // What the browser does on its next navigation, made explicit so the test knows when it is done: fetch the
      // new service worker, which installs the new version and takes over the open page.
      const takenOver = page.evaluate(
        () =>
          new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve())),
      );
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      await takenOver;
      await page.reload();
      await waitForHeading(page, 'Om jeres organisation');
      expect(await statement.count()).toBe(1);
      expect(await page.getByLabel('Organisationens navn', { exact: true }).inputValue()).toBe('Ny Version Kommune');
      expect(await page.getByLabel('Kommune').isChecked()).toBe(true);
    } finally {
      env.server.serveFrom(fileURLToPath(new URL('../../dist/', import.meta.url)));
      rmSync(next, { recursive: true, force: true });
    }
  });

  it('tells the user when saved data is unreadable, offers it as a file, and starts clean', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    const garbage = '{"storageVersion":1,"route":"#/check","file":{"answers":{"sector":"planet"}}} æøå';
    await page.evaluate((raw) => localStorage.setItem('parat', raw), garbage);
    await page.reload();
    const alert = page.getByRole('alert').filter({ hasText: 'Nogle gemte data kunne ikke læses' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Hent de gemte data, som de er' }).click(),
    ]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(garbage);
    await page.goto(`${env.server.url}#/step/profile`);
    await answerProfile(page, 'Ny start');
    expect((await savedAnswers(page)).answers['organisation-name']).toBe('Ny start');
  });

  it('keeps the answers in the tab and offers them as a file when the browser will not store them', async () => {
    const context = await env.browser.newContext({ acceptDownloads: true });
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    await page.goto(`${env.server.url}#/step/profile`);
    await waitForHeading(page, 'Om jeres organisation');
    await answerProfile(page, 'Privat Kommune');
    const alert = page.getByRole('alert').filter({ hasText: 'Browseren gemmer ikke jeres svar' });
    await expect.poll(() => alert.isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Næste' }).click();
    await waitForHeading(page, 'Kompetencer');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      alert.getByRole('button', { name: 'Download svarene' }).click(),
    ]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { answers: Record<string, string> };
    expect(file.answers).toMatchObject({
      'organisation-name': 'Privat Kommune',
      sector: 'municipality',
      size: 'under-500',
    });
    await context.close();
  });

  it('lets two tabs work side by side without one silently overwriting the other', async () => {
    const { page: first, context } = await openPage(env.browser, `${env.server.url}#/step/profile`);
    const second = await context.newPage();
    await second.goto(`${env.server.url}#/step/barriers-competencies`);
    await waitForHeading(second, 'Kompetencer');
    await first.getByLabel('Region').check();
    await expect.poll(async () => (await savedAnswers(second)).answers.sector).toBe('region');
    await second.locator('#q-skills-data-science-some').check();
    await first.reload();
    await waitForHeading(first, 'Om jeres organisation');
    expect((await savedAnswers(first)).answers).toMatchObject({ sector: 'region', 'skills-data-science': 'some' });
    expect(await first.getByLabel('Region').isChecked()).toBe(true);
  });

  it('renders hostile text inert on every page', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/step/profile`);
    await answerProfile(page, hostileName);
    await answerOneQuestion(page, env.server.url);
    await page.goto(`${env.server.url}#/step/profile`);
    await waitForHeading(page, 'Om jeres organisation');
    // The first note on the page: the name, sector and size take none, so it is RPA's.
    await page.getByText('Tilføj en note (valgfrit)').first().click();
    await page.getByLabel('Note til »RPA«').fill('<script>window.pwned=2</script>\u05E9\u05DC\u05D5\u05DD =1+1');
    for (const route of ['#/check', '#/results']) {
      await page.goto(`${env.server.url}${route}`);
      await page.waitForSelector('#page-heading');
      // The check page folds each answered step away: open them all to read every answer.
      for (const closed of await page.locator('.accordion-button[aria-expanded="false"]').all()) await closed.click();
      expect(await page.locator('img[src="x"]').count(), route).toBe(0);
      expect(await page.locator('main script').count(), route).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), route).toBeUndefined();
      expect(await page.locator('main').innerText(), route).toContain('<img src=x onerror="window.pwned=1">');
    }
    expect(await cspViolations(page)).toEqual([]);
  });
});
