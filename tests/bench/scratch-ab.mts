import { launchBrowser, serveBuild } from '../e2e/harness';
import { trendInChromium } from './scratch-series-wait';
const server = await serveBuild('/', { hostLike: true });
const browser = await launchBrowser();
try {
  for (let i = 0; i < Number(process.env.N ?? 2); i += 1)
    for (const d of (process.env.DIRS ?? '/tmp/dist-a,/tmp/dist-b').split(',')) {
      server.serveFrom(d); console.log('==', d);
      await trendInChromium(browser, server.url);
    }
} finally { await browser.close(); await server.close(); }
