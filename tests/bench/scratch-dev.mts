import { launchBrowser } from '../e2e/harness';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto('http://127.0.0.1:5199/');
await page.waitForTimeout(3000);
console.log(await page.evaluate(() => [getComputedStyle(document.querySelector('.skipnav')!).left, getComputedStyle(document.querySelector('.parat-brand') ?? document.body).fontWeight, document.fonts.check('16px "IBM Plex Sans"')]));
await page.screenshot({ path: '/tmp/dev.png' });
await browser.close();
