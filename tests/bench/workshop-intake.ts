/**
 * The workshop page with a thousand participants, measured in Chromium as a consultant meets it: files chosen in
 * the picker until the group's result is on screen, and the page reloaded with them saved, each with the longest
 * task the main thread ran meanwhile (PerformanceObserver "longtask"). Used by `npm run bench`.
 */
import type { Browser, Page } from 'playwright-core';

/**
 * Installed before the page's scripts: the long tasks, the moment files are chosen, and the time until the workshop's
 * result is painted with `participants` counted. A string, so that no bundler helper ends up in the page.
 */
const probe = `
  window.parat = { tasks: [], since: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.parat.tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.parat.longest = (since) =>
    Math.max(0, ...window.parat.tasks.filter((task) => task.end > since).map((task) => task.end - Math.max(task.start, since)));
  window.parat.resultShown = (participants) => new Promise((resolve) => {
    const shown = () => [...document.querySelectorAll('main h2')].some((h) => h.textContent === participants + ' deltagere')
      && document.querySelector('main table') !== null;
    const check = () => shown()
      ? requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))
      : setTimeout(check, 5);
    check();
  });
  // Playwright hands the chosen files over in a task of its own that also fires "change": the page's part starts
  // in a task of its own too, as it does when a person chooses files.
  document.addEventListener('change', (event) => {
    if (event.target.id !== 'workshop-files' || window.parat.chosenAt !== undefined) return;
    event.stopImmediatePropagation();
    setTimeout(() => {
      window.parat.chosenAt = performance.now();
      event.target.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }, { capture: true });
`;

export interface IntakeFigures {
  /** From the files chosen (or the navigation started) to the result painted. */
  ms: number;
  /** The longest task in that time. */
  longestTask: number;
  /** The page's DOM elements once the result is on screen. */
  elements: number;
}

/** Opens the workshop page in a fresh context with the probe installed. */
export async function openWorkshop(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(`${url}#/workshop`);
  await page.locator('#workshop-files').waitFor();
  return page;
}

/** Chooses the files in the page's file picker and waits for the result: the time from the choice to the result. */
export async function chooseFiles(page: Page, files: { name: string; text: string }[]): Promise<IntakeFigures> {
  await page
    .locator('#workshop-files')
    .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
  return page.evaluate(async (count) => {
    const parat = (
      window as unknown as {
        parat: { chosenAt: number; longest: (since: number) => number; resultShown: (n: number) => Promise<number> };
      }
    ).parat;
    const shownAt = await parat.resultShown(count);
    // Long tasks are reported a little after they end.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      ms: shownAt - parat.chosenAt,
      longestTask: parat.longest(parat.chosenAt),
      elements: document.getElementsByTagName('*').length,
    };
  }, files.length);
}

/** Reloads the page with the participants saved: from the navigation's start to the result painted. */
export async function reload(page: Page, participants: number): Promise<IntakeFigures> {
  await page.reload();
  return page.evaluate(async (count) => {
    const parat = (
      window as unknown as {
        parat: { longest: (since: number) => number; resultShown: (n: number) => Promise<number> };
      }
    ).parat;
    const shownAt = await parat.resultShown(count);
    await new Promise((resolve) => setTimeout(resolve, 200));
    return { ms: shownAt, longestTask: parat.longest(0), elements: document.getElementsByTagName('*').length };
  }, participants);
}
