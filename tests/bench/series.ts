import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { scaleOptions } from '../../questions/scales';
import { archived, putArchived } from '../e2e/archive';
import { regionYears } from '../scoring/series';
import { median, report, runs } from './figures';

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

/**
 * Ten yearly assessments of one unit, chosen on "Jeres vurderinger", to the trend on screen (charts, tables and
 * lists painted) at 4× CPU slowdown: the first time, with its chunk, and the median of the next, each after the
 * units view has replaced it.
 */
export async function trendInChromium(browser: Browser, url: string) {
  const { y2026 } = regionYears();
  const records = Array.from({ length: 10 }, (_, i) => {
    const savedAt = `${2017 + i}-11-16T10:00:00+01:00`;
    const answers = { ...y2026.answers, 'cyber-mature': scaleOptions[i % 4]! };
    return archived(`year-${i}`, { ...y2026, savedAt, answers });
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await putArchived(page, records);
  await page.goto(`${url}#/assessments`);
  await page.getByRole('button', { name: 'Vis udviklingen' }).waitFor();
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    await page.getByRole('button', { name: 'Sammenlign enhederne' }).click();
    await page.getByRole('heading', { name: 'Enhederne side om side' }).waitFor();
    times.push(
      await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const started = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector('.parat-series figure:nth-of-type(3)')) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - started));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
            [...document.querySelectorAll('button')].find((b) => b.textContent === 'Vis udviklingen')?.click();
          }),
      ),
    );
  }
  report('Trend of ten assessments, 4x CPU slowdown, first', times[0] ?? NaN, 'ms');
  report(`Trend of ten assessments, 4x CPU slowdown (median of ${runs - 1})`, median(times.slice(1)), 'ms', 100);
  await context.close();
}
