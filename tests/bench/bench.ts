/**
 * `npm run bench`: figures for the production build, printed, never asserted. Budgets from the issues are shown
 * beside each figure, and anything over budget is listed at the end.
 */
import { launchBrowser, serveBuild } from '../e2e/harness';
import { deckSlideChange } from './deck';
import { over } from './figures';
import { lighthouseScores } from './lighthouse';
import { bombLink } from './bomb-link';
import { answering, firstLoad, lastAnswerToVerdict, resultsHeight } from './pages';
import { reportsInChromium, reportsInNode } from './reports';
import { packInNode, trendInChromium } from './series';
import { cameraToParticipant, qrFigures, workshopInChromium, workshopInNode } from './workshop';

workshopInNode();
packInNode();
await reportsInNode();
await qrFigures();
await cameraToParticipant();

// Served as README's hosting notes ask: compressed, hashed assets cached for a year.
const server = await serveBuild('/', { hostLike: true });
const browser = await launchBrowser();
try {
  await firstLoad(browser, server.url);
  await answering(browser, server.url);
  await workshopInChromium(browser, server.url);
  await deckSlideChange(browser, server.url);
  await bombLink(server.url);
  await reportsInChromium(browser, server.url);
  await lastAnswerToVerdict(browser, server.url);
  await resultsHeight(browser, server.url);
  await trendInChromium(browser, server.url);
} finally {
  await browser.close();
}
try {
  await lighthouseScores(server.url);
} finally {
  await server.close();
}

console.log(over.length === 0 ? '\nAll figures within budget.' : `\nOver budget:\n- ${over.join('\n- ')}`);
