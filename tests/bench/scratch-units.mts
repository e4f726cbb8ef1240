import { launchBrowser, serveBuild } from '../e2e/harness';
import { archived, putArchived } from '../e2e/archive';
import { unitFile } from '../scoring/series';
import { loadFixture } from '../fixtures';
const m = loadFixture('nis2-mature-no-sustainability');
const records = ['Teknik og Miljø', 'Børn og Unge', 'Social og Sundhed'].map((u, i) => {
  const f = unitFile(m, u, { 'cyber-mature': ['low', 'high', 'some'][i]! });
  return archived(`u${i}`, i === 2 ? { ...f, savedAt: '2023-03-15T10:00:00+01:00' } : f);
});
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
  await page.getByRole('button', { name: 'Sammenlign enhederne' }).click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `/tmp/shot-units-${width}.png` });
  if (width === 1280) await page.pdf({ path: '/tmp/units-print.pdf', format: 'A4' });
  await context.close();
}
await browser.close(); await server.close();
