import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags, chromiumPath } from '../e2e/harness';
import { median, report } from './figures';

/** Lighthouse in Debian's Chromium, mobile (simulated slow 4G) and desktop, median of three runs each. */
export async function lighthouseScores(url: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
  try {
    for (const [formFactor, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const scores: Record<string, number[]> = {};
      for (let run = 0; run < 3; run += 1) {
        const result = await lighthouse(
          url,
          {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices'],
          },
          config,
        );
        for (const [id, category] of Object.entries(result?.lhr.categories ?? {}))
          (scores[id] ??= []).push(category.score ?? 0);
      }
      for (const [id, values] of Object.entries(scores))
        report(`Lighthouse ${formFactor} ${id} (median of 3)`, median(values), 'score', 0.95);
    }
  } finally {
    await chrome.kill();
  }
}
