import { launchBrowser, serveBuild } from './tests/e2e/harness';
import { deckSlideChange } from './tests/bench/deck';
import { firstLoad } from './tests/bench/pages';
import { workshopInChromium } from './tests/bench/workshop';
const server = await serveBuild('/', { hostLike: true });
const browser = await launchBrowser();
try {
  await firstLoad(browser, server.url);
  await workshopInChromium(browser, server.url);
  await deckSlideChange(browser, server.url);
} finally {
  await browser.close(); await server.close();
}
