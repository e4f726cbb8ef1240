import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { scaleOptions } from '../../questions/scales';
import { archived, putArchived } from '../e2e/archive';
import { regionYears } from '../scoring/series';
import { median, report } from './figures';

/** A peer pack from 10,000 organisations' answers files, read from disk, in a process of its own (pack.ts). */
export function packInNode() {
  const script = fileURLToPath(new URL('./pack.ts', import.meta.url));
  const dir = join(mkdtempSync(join(tmpdir(), 'parat-bench-pack-')), 'files');
  try {
    spawnSync(process.execPath, ['--import', 'tsx', script, '--generate', dir]);
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, dir], { encoding: 'utf8' });
    const { ms, maxRssMb, files } = JSON.parse(run.stdout) as { ms: number; maxRssMb: number; files: number };
    report(`Peer pack from ${files.toLocaleString('en')} files in Node`, ms, 'ms', 10_000);
    report('Peak memory of that Node process (max RSS)', maxRssMb, 'MB', 300);
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}

/** Ten yearly assessments of one unit, saved as finished in this browser. */
function tenYears() {
  const { y2026 } = regionYears();
  return Array.from({ length: 10 }, (_, i) => {
    const savedAt = `${2017 + i}-11-16T10:00:00+01:00`;
    const answers = { ...y2026.answers, 'cyber-mature': scaleOptions[i % 4]! };
    return archived(`year-${i}`, { ...y2026, savedAt, answers });
  });
}

/**
 * From a click on a button to the first frame painted with the series view's first chart (what fills the screen the
 * view scrolls to), and to the first frame painted with all three: the click's own task, the renders and the frames'
 * layout and paint, as a user waits for them.
 */
const clickToPainted = (page: Page, button: string) =>
  page.evaluate(
    (name) =>
      new Promise<{ screen: number; whole: number }>((resolve) => {
        const started = performance.now();
        const times = { screen: NaN, whole: NaN };
        // A view that never comes is a figure of NaN, not a bench that hangs.
        setTimeout(() => resolve(times), 20_000);
        const observer = new MutationObserver(() => {
          for (const [key, chart] of [
            ['screen', 1],
            ['whole', 3],
          ] as const) {
            // A view drawn ahead is in the page before the click, hidden: it counts once it can be seen.
            const figure = document.querySelector(`.parat-series figure:nth-of-type(${chart})`);
            if (!Number.isNaN(times[key]) || !figure?.checkVisibility()) continue;
            times[key] = 0;
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => {
                times[key] = performance.now() - started;
                if (key === 'whole') resolve(times);
              };
              channel.port2.postMessage(null);
            });
          }
          if (times.whole === 0) observer.disconnect();
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        [...document.querySelectorAll('button')].find((b) => b.textContent === name)?.click();
      }),
    button,
  );

/**
 * Ten yearly assessments of one unit, chosen on "Jeres vurderinger", to the trend painted at 4× CPU slowdown: the
 * first time in a page (its code not yet run, as a returning user meets it), in fresh pages, and again after the
 * units view has replaced it. The figure with a budget is the first screen the view scrolls to (its first chart); the
 * whole view's time is shown beside. Chosen before the click, the trend is drawn ahead, unseen (AssessmentsPage);
 * shown again after the units view, its first chart comes first and the rest follows (TrendView).
 */
export async function trendInChromium(browser: Browser, url: string) {
  const records = tenYears();
  const first: { screen: number; whole: number }[] = [];
  const again: { screen: number; whole: number }[] = [];
  for (let run = 0; run < 3; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await putArchived(page, records);
    // Only a returning user has assessments saved in this browser: the page is served by the service worker, as it
    // is for them, with the compiled code the browser keeps for the scripts it holds.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.goto(`${url}#/assessments`);
    await page.getByRole('button', { name: 'Vis udviklingen' }).waitFor();
    // The list is read from IndexedDB after the page is drawn: its boxes are there once the loading line is gone.
    await page.getByText('Henter jeres vurderinger').waitFor({ state: 'detached' });
    for (const box of await page.getByRole('checkbox').all()) await box.check();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // As long as a user takes from the last box to the button: the chunk, fetched as the boxes were ticked, arrives,
    // and the page draws the trend of what is chosen ahead, unseen (AssessmentsPage).
    await page.waitForTimeout(Number(process.env.WAIT ?? 1000));
    first.push(await clickToPainted(page, 'Vis udviklingen'));
    for (let repeat = 0; repeat < 2; repeat += 1) {
      await page.getByRole('button', { name: 'Sammenlign enhederne' }).click();
      await page.getByRole('heading', { name: 'Enhederne side om side' }).waitFor();
      again.push(await clickToPainted(page, 'Vis udviklingen'));
    }
    await context.close();
  }
  const screens = (runs: { screen: number }[]) => runs.map((r) => r.screen);
  const wholes = (runs: { whole: number }[]) => runs.map((r) => r.whole);
  report(`Trend of ten at 4× slowdown, first in a page (median of ${first.length})`, median(screens(first)), 'ms', 100);
  report('  the whole view, to its third chart', median(wholes(first)), 'ms');
  report(`  shown again (median of ${again.length})`, median(screens(again)), 'ms', 100);
  report('  the whole view, to its third chart', median(wholes(again)), 'ms');
}
