import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WorkshopFile } from '../../questions/workshop-file';
import { waitForHeading } from './harness';

let written = 0;

/** Opens a saved workshop on the workshop page through its file picker, as a consultant would. */
export async function openWorkshopFile(page: Page, file: WorkshopFile) {
  written += 1;
  const path = join(tmpdir(), `parat-workshop-${process.pid}-${written}.json`);
  writeFileSync(path, JSON.stringify(file));
  await waitForHeading(page, 'Workshop');
  await page.getByLabel('Åbn en gemt workshop').setInputFiles(path);
  await page.getByRole('heading', { name: `${file.participants.length} deltagere` }).waitFor();
}

/** Walks the deck's slides with the remote's key, returning what `look` finds on each. */
export async function eachSlide<T>(page: Page, look: () => Promise<T>): Promise<T[]> {
  const count = page.locator('.parat-deck-controls [aria-live]');
  const total = Number((await count.innerText()).split(' af ')[1]);
  await page.keyboard.press('Home');
  const seen: T[] = [];
  for (let slide = 1; slide <= total; slide++) {
    if (slide > 1) await page.keyboard.press('PageDown');
    await page.waitForFunction(
      (n) => document.querySelector('.parat-deck-controls [aria-live]')?.textContent?.startsWith(`${n} af`),
      slide,
    );
    seen.push(await look());
  }
  return seen;
}
