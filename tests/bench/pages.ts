import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { answerStepWithKeyboard } from '../e2e/keyboard';
import { waitForApp, waitForHeading } from '../e2e/harness';
import { fixtureNames, loadFixture } from '../fixtures';
import { dist, median, report, runs } from './figures';
import { fixture } from './files';

/** First load: every JS, CSS and font file the start page fetches, gzip-compressed as a server would; then LCP. */
export async function firstLoad(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const files = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/\.(js|css|woff2)$/.test(path)) files.add(path);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  let js = 0;
  let css = 0;
  const fonts: number[] = [];
  for (const path of files) {
    const file = readFileSync(join(dist, path.replace(/^\//, '')));
    if (path.endsWith('.woff2')) fonts.push(file.length);
    else if (path.endsWith('.js')) js += gzipSync(file).length;
    else css += gzipSync(file).length;
  }
  report('First-load JS (gzip)', js / 1024, 'kB', 120);
  report('First-load CSS (gzip)', css / 1024, 'kB', 40);
  // woff2 is compressed already: its size as sent.
  report(`Fonts fetched on a first visit (${fonts.length} files)`, fonts.reduce((a, b) => a + b, 0) / 1024, 'kB');
  await context.close();

  // Largest Contentful Paint on loopback, a fresh context per run so nothing is cached.
  const lcps: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(url, { waitUntil: 'networkidle' });
    lcps.push(
      await p.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => {
              const entries = list.getEntries();
              resolve(entries[entries.length - 1]?.startTime ?? NaN);
            }).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      ),
    );
    await fresh.close();
  }
  report(`LCP on loopback (median of ${runs})`, median(lcps), 'ms', 1000);
}

/** Every question answered through the UI with the keyboard, as in the end-to-end test. */
export async function answering(browser: Browser, url: string) {
  const times: number[] = [];
  for (let run = 0; run < 3; run += 1) {
    const fresh = await browser.newContext();
    const p = await fresh.newPage();
    await p.goto(`${url}#/step/profile`);
    await waitForHeading(p, 'Om jeres organisation');
    const started = performance.now();
    for (let step = 0; step < 30; step += 1) {
      const heading = await p.locator('#page-heading').innerText();
      if (heading === 'Tjek jeres svar') break;
      await answerStepWithKeyboard(p, (id, count) => (id.startsWith('stage-') ? 3 : id.length % count));
      await p.waitForFunction((previous) => document.querySelector('#page-heading')?.textContent !== previous, heading);
    }
    times.push(performance.now() - started);
    await fresh.close();
  }
  report('Answer every question by keyboard (median of 3)', median(times), 'ms');
}

/**
 * From the last answer to the verdict: "Se resultatet" on the check page until the verdict is on screen, with the
 * CPU slowed four times, as on an old municipal laptop. The first run also loads the results page's chunk.
 */
export async function lastAnswerToVerdict(browser: Browser, url: string) {
  const verdictContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const verdictPage = await verdictContext.newPage();
  await verdictPage.goto(url);
  await verdictPage.evaluate(
    (file) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/check', file })),
    fixture,
  );
  await verdictPage.reload();
  await waitForApp(verdictPage);
  const cdp = await verdictContext.newCDPSession(verdictPage);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const verdictTimes: { verdict: number; whole: number }[] = [];
  for (let run = 0; run < runs; run += 1) {
    await verdictPage.evaluate(() => (window.location.hash = '#/check'));
    await verdictPage.getByRole('link', { name: 'Se resultatet' }).first().waitFor();
    verdictTimes.push(
      await verdictPage.evaluate(
        () =>
          new Promise<{ verdict: number; whole: number }>((resolve) => {
            const started = performance.now();
            let verdict = NaN;
            const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Se resultatet');
            const observer = new MutationObserver(() => {
              // Until the frame that shows it is painted.
              if (Number.isNaN(verdict) && document.querySelector('.parat-verdict'))
                requestAnimationFrame(() => (verdict = performance.now() - started));
              if (document.querySelector('#tools-heading')) {
                observer.disconnect();
                requestAnimationFrame(() => resolve({ verdict, whole: performance.now() - started }));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            link?.click();
          }),
      ),
    );
  }
  const later = verdictTimes.slice(1);
  report('Last answer to verdict, 4x CPU slowdown, first', verdictTimes[0]?.verdict ?? NaN, 'ms');
  report(
    `Last answer to verdict, 4x CPU slowdown (median of ${runs - 1})`,
    median(later.map((t) => t.verdict)),
    'ms',
    100,
  );
  report('  and to the whole results page (median)', median(later.map((t) => t.whole)), 'ms');
  await verdictContext.close();
}

/** The results page's length on a 1280×800 laptop before anything is opened, in screens, per fixture organisation. */
export async function resultsHeight(browser: Browser, url: string) {
  for (const name of fixtureNames) {
    const heightContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const heightPage = await heightContext.newPage();
    await heightPage.goto(url);
    await heightPage.evaluate(
      (file) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/results', file })),
      loadFixture(name),
    );
    await heightPage.reload();
    await heightPage.locator('#tools-heading').waitFor();
    const screens = await heightPage.evaluate(() => document.documentElement.scrollHeight / innerHeight);
    report(`Results page at 1280×800, ${name.replace(/-/g, ' ')}`, screens, 'screens', 5);
    await heightContext.close();
  }
}
