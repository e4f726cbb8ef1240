import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { waitForHeading } from '../e2e/harness';
import { bakkedalWorkshop } from '../fixtures/workshop';
import { median, report } from './figures';

interface Bench {
  times: number[];
  done: () => void;
  next?: Promise<void>;
}

/**
 * The deck's slide change on a slow laptop: Chromium at 4× CPU slowdown, the eight-participant workshop open on the
 * projector, every slide in turn by the remote's key and back again, a short pause between them. Each change is timed
 * from the key's event to the task after the next frame (the new slide painted), by an observer set up in the page.
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
    await page.locator('.parat-deck h2:focus').waitFor();
    // Each change is awaited by a promise the observer resolves, not by polling: a poll would run in the very
    // frames it measures.
    await page.evaluate(() => {
      const bench: Bench = { times: [], done: Object };
      (window as unknown as { bench: Bench }).bench = bench;
      document.addEventListener(
        'keydown',
        () => {
          const started = performance.now();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              bench.times.push(performance.now() - started);
              bench.done();
            };
            channel.port2.postMessage(null);
          });
        },
        { capture: true },
      );
    });
    const press = async (key: string) => {
      await page.evaluate(() => {
        const bench = (window as unknown as { bench: Bench }).bench;
        bench.next = new Promise<void>((resolve) => (bench.done = resolve));
      });
      await page.keyboard.press(key);
      await page.evaluate(() => (window as unknown as { bench: Bench }).bench.next);
      // A presenter talks between slides; the deck uses that pause to paint the slides either side (Deck.tsx).
      await page.waitForTimeout(400);
    };
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await press('Home');
    const total = Number((await page.locator('.parat-deck-controls [aria-live]').innerText()).split(' af ')[1]);
    // Through the deck and back, as a presenter who returns to a slide does.
    for (let slide = 1; slide < total; slide++) await press('PageDown');
    for (let slide = 1; slide < total; slide++) await press('PageUp');
    const times = await page.evaluate(() => (window as unknown as { bench: Bench }).bench.times.slice(1));
    report(
      `Deck slide change at 4× CPU slowdown, ${total} slides there and back (median of ${times.length})`,
      median(times),
      'ms',
      50,
    );
    report('  slowest slide change', Math.max(...times), 'ms', 50);
  } finally {
    await context.close();
  }
}
