import { launchBrowser, serveBuild } from '../e2e/harness';
import { archived, putArchived } from '../e2e/archive';
import { regionYears } from '../scoring/series';
const { y2024, y2025, y2026 } = regionYears();
const server = await serveBuild('/', { hostLike: true });
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(server.url);
await putArchived(page, [archived('a', y2024), archived('b', y2025), archived('c', y2026)]);
await page.goto(`${server.url}#/assessments`);
await page.getByRole('checkbox').nth(2).waitFor();
const active = () => page.evaluate(() => { const e = document.activeElement as HTMLElement; return `${e.tagName} ${e.getAttribute('type') ?? ''} ${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40)}`; });
const seen: string[] = [];
for (let i = 0; i < 40; i++) {
  await page.keyboard.press('Tab');
  const a = await active();
  seen.push(a);
  if (a.includes('checkbox')) await page.keyboard.press('Space');
  if (a.startsWith('BUTTON') && a.includes('Vis udviklingen')) break;
}
console.log(seen.join('\n'));
await page.waitForTimeout(300);
await page.keyboard.press('Enter');
await page.waitForTimeout(300);
console.log('after enter:', await active(), await page.evaluate(() => document.activeElement!.getBoundingClientRect().top));
for (let i = 0; i < 3; i++) { await page.keyboard.press('Tab'); console.log('tab:', await active()); }
await browser.close(); await server.close();
