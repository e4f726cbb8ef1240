import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { waitForHeading } from '../e2e/harness';
import { bakkedalWorkshop } from '../fixtures/workshop';
import { median, report } from './figures';

/**
 * The deck's slide change on a slow laptop: Chromium at 4× CPU slowdown, the eight-participant workshop open on the
 * projector, every slide in turn by the remote's key. Each change is timed from the key's event to the task after
 * the next frame (the new slide painted), by an observer set up in the page.
 */
export async function deckSlideChange(browser: Browser, url: string) {
  const path = join(tmpdir(), `parat-bench-workshop-${process.pid}.json`);
  writeFileSync(path, JSON.stringify(bakkedalWorkshop()));
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    await page.goto(`${url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    await page.getByLabel('Åbn en gemt workshop').setInputFiles(path);
    await page.getByRole('heading', { name: '8 deltagere' }).waitFor();
    await page.getByRole('button', { name: 'Vis på projektor' }).click();
    await page.locator('.parat-deck-slide:not([hidden]) h2').waitFor();
    await page.evaluate(() => {
      const times: number[] = [];
      (window as unknown as { slideTimes: number[] }).slideTimes = times;
      document.addEventListener(
        'keydown',
        () => {
          const started = performance.now();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => times.push(performance.now() - started);
            channel.port2.postMessage(null);
          });
        },
        { capture: true },
      );
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.keyboard.press('Home');
    const total = Number((await page.locator('.parat-deck-controls [aria-live]').innerText()).split(' af ')[1]);
    for (let slide = 1; slide < total; slide++) {
      await page.keyboard.press('PageDown');
      await page.waitForFunction(
        (n) => (window as unknown as { slideTimes: number[] }).slideTimes.length >= n,
        slide + 1,
      );
    }
    const times = await page.evaluate(() => (window as unknown as { slideTimes: number[] }).slideTimes.slice(1));
    report(`Deck slide change at 4× CPU slowdown, ${times.length} slides (median)`, median(times), 'ms', 50);
    report('  slowest slide change', Math.max(...times), 'ms', 50);
  } finally {
    await context.close();
  }
}
