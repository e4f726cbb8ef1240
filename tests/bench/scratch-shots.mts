import { launchBrowser, serveBuild } from '../e2e/harness';
import { archived, putArchived } from '../e2e/archive';
import { regionYears } from '../scoring/series';
const { y2024, y2025, y2026 } = regionYears();
const records = [archived('a', y2024), archived('b', y2025), archived('c', y2026)];
const server = await serveBuild('/', { hostLike: true });
const browser = await launchBrowser();
for (const width of [1280, 320]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await putArchived(page, records);
  await page.goto(`${server.url}#/assessments`);
  await page.getByRole('checkbox').nth(2).waitFor();
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-ticked-${width}.png`, fullPage: true });
  await page.getByRole('button', { name: 'Vis udviklingen' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-trend-${width}.png`, fullPage: false });
  await page.screenshot({ path: `/tmp/shot-trend-full-${width}.png`, fullPage: true }); await page.getByRole('button', { name: 'Sammenlign enhederne' }).click(); await page.waitForTimeout(500); await page.screenshot({ path: `/tmp/shot-units-${width}.png`, fullPage: true });
  console.log(width, await page.evaluate(() => [document.activeElement?.id, scrollY, document.documentElement.scrollHeight]));
  await context.close();
}
await browser.close(); await server.close();
