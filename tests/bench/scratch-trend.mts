import { launchBrowser, serveBuild } from '../e2e/harness';
import { trendInChromium } from './series';
const server = await serveBuild('/', { hostLike: true });
const browser = await launchBrowser();
try {
  for (let i = 0; i < Number(process.env.N ?? 1); i += 1) await trendInChromium(browser, server.url);
} finally { await browser.close(); await server.close(); }
