import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureNames, loadFixture, type FixtureName } from '../fixtures';
import { readTaggedHeadings } from '../report/read-pdf';
import { axeViolations, downloadPdf, openPage, openSaved, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

/** Opens the results of a fixture organisation at the given size, as if it had just answered. */
async function results(name: FixtureName, viewport = { width: 1280, height: 800 }) {
  const { page, errors } = await openPage(env.browser, env.server.url, { viewport });
  await page.evaluate(
    (file) => localStorage.setItem('parat', JSON.stringify({ storageVersion: 1, route: '#/results', file })),
    loadFixture(name),
  );
  await page.goto(`${env.server.url}#/results`);
  await page.reload();
  await waitForHeading(page, `Resultat for ${loadFixture(name).answers['organisation-name']}`);
  await page.locator('.parat-recommendations').first().waitFor();
  return { page, errors };
}

const bottomOf = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  return box ? box.y + box.height : Infinity;
};

describe('the results page', () => {
  it('says where the organisation stands and what to do first on the first screen, with the report one click away', async () => {
    const { page, errors } = await results('large-region-rpa');
    const verdict = page.getByRole('region', { name: 'Hvor I står' });
    expect(await verdict.innerText()).toMatch(/De største barrierer er Arkitektur, systemer og data \(97 af 100\)/);
    expect(await verdict.innerText()).toMatch(/Cybersikkerhed og NIS2, 92 af 100\. Bedre end de fleste på 5 punkter: /);
    expect(await verdict.innerText()).toContain('1 svar er »Ved ikke«');
    const firstSteps = page.getByRole('region', { name: 'Det kan I gøre først' }).getByRole('link');
    expect(await firstSteps.count()).toBe(5);
    for (const selector of ['.parat-verdict', '.parat-first-steps ol', '.parat-first-steps .button-primary']) {
      expect(await bottomOf(page, selector), selector).toBeLessThanOrEqual(800);
    }
    // One primary button on the whole page: the report.
    expect(await page.locator('main .button-primary:visible').allInnerTexts()).toEqual(['Download PDF']);
    expect(await page.getByText('Jeres svar ligger kun i denne browser').isVisible()).toBe(true);

    // A top recommendation's link leads to its details, focus included, without leaving the page.
    await firstSteps.nth(2).focus();
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
    expect(focused).toContain(await firstSteps.nth(2).innerText());
    expect(page.url()).toMatch(/#\/results$/);
    expect(errors).toEqual([]);
  });

  it('names the PDF report and the Word document as the answers file: organisation, unit and who answered', async () => {
    const fixture = loadFixture('large-region-rpa');
    const file = { ...fixture, answers: { ...fixture.answers, unit: 'Teknik og Miljø', respondent: 'IT-chef' } };
    const { page, errors } = await openPage(env.browser, env.server.url);
    await openSaved(page, env.server.url, file);
    const name = /-region-oesterhavn-teknik-og-miljoe-it-chef-\d{4}-\d{2}-\d{2}\./;
    expect((await downloadPdf(page)).filename).toMatch(new RegExp(`^parat-rapport${name.source}pdf$`));
    await page.goto(`${env.server.url}#/plan`);
    await waitForHeading(page, 'Handlingsplan');
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Hent Word-dokument med resumé og plan' }).click(),
    ]);
    expect(docx.suggestedFilename()).toMatch(new RegExp(`^parat-handlingsplan${name.source}docx$`));
    expect(errors).toEqual([]);
  });

  it('is at most five screens long at 1280×800 before anything is opened, for every fixture organisation', async () => {
    for (const name of fixtureNames) {
      const { page } = await results(name);
      await page.locator('#tools-heading').waitFor();
      const screens = await page.evaluate(() => document.documentElement.scrollHeight / innerHeight);
      expect(screens, name).toBeLessThanOrEqual(5);
    }
  });

  it('keeps chart text at 12 px or more on a 320 px phone, showing tables instead of charts', async () => {
    const { page } = await results('state-agency-ml-legal', { width: 320, height: 640 });
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('main svg text, main table th, main table td')]
        .filter((e) => e.getBoundingClientRect().height > 0)
        .map((e) => {
          const svg = e.closest('svg');
          const scale = svg ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
          return parseFloat(getComputedStyle(e).fontSize) * scale;
        }),
    );
    expect(sizes.length).toBeGreaterThan(10);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('stands still on a phone: no table flips between scrolling and fitting, moving the page under the thumb', async () => {
    for (const width of [320, 390]) {
      const { page } = await results('large-region-rpa', { width, height: 844 });
      const heights = await page.evaluate(async () => {
        const seen: number[] = [];
        for (let frame = 0; frame < 20; frame += 1) {
          await new Promise(requestAnimationFrame);
          seen.push(document.documentElement.scrollHeight);
        }
        return [...new Set(seen)];
      });
      expect(heights, `${width} px`).toHaveLength(1);
    }
  });

  it('says in words where each national item stands, shows tables on request, and passes axe with everything open', async () => {
    const { page } = await results('large-region-rpa');
    const cyber = page.locator('summary', { hasText: /^Cybersikkerhed og NIS2: (bedre|på niveau|under)/ });
    expect(await cyber.innerText()).toBe('Cybersikkerhed og NIS2: bedre end de fleste på 5, på niveau på 3');
    await cyber.click();
    const toggle = page.locator('.parat-table-toggle').first();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.innerText()).toBe('Skjul tabellen');
    await page
      .getByRole('button', { name: 'Vis som tabel' })
      .evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const row = page.getByRole('row', { name: /Modenhed i cybersikkerhed/ });
    expect(await row.innerText()).toMatch(/I høj grad\s+på niveau\s+59\s%/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('sets each barrier category’s pressure beside the 2024 national figures on the same subject', async () => {
    const { page } = await results('large-region-rpa');
    const barriers = page.getByRole('region', { name: 'Barrierer' });
    const context = barriers.locator('details', { hasText: 'Beslægtede landstal fra IT i praksis 2024-2025' });
    await context.locator('summary').click();
    expect(await context.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      'Kompetencer: jeres pres 33 af 100',
      'Ressourcer og prioritering: jeres pres 67 af 100',
      'Arkitektur, systemer og data: jeres pres 97 af 100',
      'RPA: jeres pres 83 af 100',
    ]);
    const resources = context.getByRole('region', { name: 'Ressourcer og prioritering: jeres pres 67 af 100' });
    const costs = resources.getByRole('table', {
      name: 'Indsatser i offentlige organisationer for at begrænse it-omkostninger',
    });
    expect(await costs.getByRole('row', { name: /aktivt it-omkostningsreduktionsprogram/ }).innerText()).toMatch(
      /\t24\s%\t34\s%$/,
    );
  });

  it("sets the municipality's CO2 targets beside the municipalities' figure, not only the national one", async () => {
    const { page } = await results('small-municipality-starting');
    await page.locator('summary', { hasText: /^Bæredygtighed og ESG: (bedre|på niveau|under)/ }).click();
    await expect
      .poll(() => page.locator('.parat-chart p').allInnerTexts())
      .toContain(
        'Mål for CO2-reduktion: 52 % af kommunerne svarede »i høj grad«, mod 30 % af alle offentlige organisationer (IT i praksis 2024-2025).',
      );
  });

  it('prints as the report: a tagged PDF from Chromium whose headings are the page’s, summary first, no controls', async () => {
    const { page } = await results('small-municipality-starting');
    await page.emulateMedia({ media: 'print' });
    // As the browser does when the user prints: the page opens every disclosure.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printed = await page.evaluate(() =>
      [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5')]
        .filter((h) => h.getClientRects().length > 0)
        .map((h) => ({ level: Number(h.tagName[1]), text: (h.textContent ?? '').replace(/\s+/g, ' ').trim() })),
    );
    expect(printed.slice(0, 3).map((h) => h.text)).toEqual([
      'Resultat for Lille Sønderå Kommune',
      'Hvor I står',
      'Det kan I gøre først',
    ]);
    for (const control of ['Rapport til ledelsen', 'På denne side', 'Værktøjer']) {
      expect(printed.map((h) => h.text)).not.toContain(control);
    }
    const pdf = await page.pdf({ tagged: true, format: 'A4' });
    // Line breaks in the PDF split words differently ("it- leverandørerne"): compare without whitespace.
    const squeeze = (headings: { level: number; text: string }[]) =>
      headings.map((h) => `${h.level} ${h.text.replace(/\s+/g, '')}`);
    expect(squeeze(await readTaggedHeadings(pdf))).toEqual(squeeze(printed));
  });
});
