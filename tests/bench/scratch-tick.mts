import { launchBrowser, serveBuild } from '../e2e/harness';
import { archived, putArchived } from '../e2e/archive';
import { regionYears } from '../scoring/series';
import { scaleOptions } from '../../questions/scales';
const { y2026 } = regionYears();
const records = Array.from({ length: 10 }, (_, i) => archived(`year-${i}`, { ...y2026, savedAt: `${2017 + i}-11-16T10:00:00+01:00`, answers: { ...y2026.answers, 'cyber-mature': scaleOptions[i % 4]! } }));
const server = await serveBuild('/', { hostLike: true });
const browser = await launchBrowser();
for (let r = 0; r < 2; r++) for (const d of ['/tmp/dist-c', '/tmp/dist-a', '/tmp/dist-b']) {
  server.serveFrom(d);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await putArchived(page, records);
  await page.goto(`${server.url}#/assessments`);
  await page.getByRole('checkbox').nth(9).waitFor();
  await page.waitForTimeout(500);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    times.push(await page.evaluate((i) => new Promise<number>((res) => {
      const box = document.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[i]!;
      const t = performance.now();
      box.click();
      requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => res(performance.now() - t); c.port2.postMessage(null); });
    }), i));
    await page.waitForTimeout(250);
  }
  console.log(d, times.map((x) => x.toFixed(0)).join(' '), 'max', Math.max(...times).toFixed(0));
  await context.close();
}
await browser.close(); await server.close();
