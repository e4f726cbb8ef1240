import { answersHash } from './questions/approval';
import { loadFixture } from './tests/fixtures';
import { regionPlan } from './tests/fixtures/region-plan';
import { launchBrowser, openPage, openSaved, serveBuild, waitForHeading } from './tests/e2e/harness';

const out = '/work/wt/records-shots';
const region = loadFixture('large-region-rpa');
const file = {
  ...region,
  plan: regionPlan,
  approval: { name: 'Mette Jensen', role: 'Regionsdirektør', date: '2026-05-12', reservations: 'Handling 3 afhænger af budgettet for 2027.', answersHash: answersHash({ ...region.answers, sector: 'state' }) },
  evidence: {
    'cyber-iso27001': [
      { ref: 'https://intra.region-oesterhavn.dk/isms/informationssikkerhedspolitik-2026.pdf', date: '2026-01-15', owner: 'CISO' },
      { ref: 'Sag 24/01234 Risikovurdering af RPA-platformen' },
      { ref: 'javascript:alert(1)' },
    ],
  },
};
const server = await serveBuild('/');
const browser = await launchBrowser();
for (const width of [1280, 320]) {
  const { page, context } = await openPage(browser, server.url, { viewport: { width, height: 900 } });
  await openSaved(page, server.url, file, '#/plan');
  await waitForHeading(page, 'Handlingsplan');
  await page.locator('#approval-heading').waitFor();
  await page.screenshot({ path: `${out}/plan-${width}.png`, fullPage: true });
  await page.goto(`${server.url}#/step/cybersecurity`);
  await page.locator('#question-cyber-iso27001').waitFor();
  await page.locator('#question-cyber-iso27001').screenshot({ path: `${out}/question-${width}.png` });
  await context.close();
}
await browser.close();
await server.close();
