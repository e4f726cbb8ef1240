import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { combine } from '../../scoring';
import { fixturePath, loadFixture } from '../fixtures';
import { activateWithKeyboard } from './keyboard';
import { axeViolations, cspViolations, openPage, openSaved, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

async function results(page: Page, file: object) {
  await openSaved(page, env.server.url, file);
  await waitForHeading(page, 'Resultat for Region Østerhavn');
  await page.locator('.parat-recommendations').first().waitFor();
}

/** Clicks a button that downloads a file and returns the file's bytes and suggested name. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const savedPlan = async (page: Page) =>
  (
    JSON.parse((await page.evaluate(() => localStorage.getItem('parat'))) ?? '{}') as {
      file?: { plan?: Record<string, Record<string, unknown>> };
    }
  ).file?.plan ?? {};

describe('the action plan', () => {
  it('is built from the recommendations and own actions with the keyboard, kept over a reload, and exported', async () => {
    const { page, requests } = await openPage(env.browser, env.server.url);
    await results(page, loadFixture('large-region-rpa'));

    // The first recommendation into the plan, by keyboard.
    const first = page.locator('.parat-recommendation').first();
    const title = (await first.locator('h4').innerText()).replace(/^LF\d\.\d /, '');
    await activateWithKeyboard(page, '+ Læg i planen');
    expect(await first.locator('.parat-tags').innerText()).toContain('✓ I planen');
    expect(await first.getByRole('button', { name: `Fjern fra planen: ${title}` }).isVisible()).toBe(true);

    // The plan is a page of its own, one click from the results' first screen.
    await activateWithKeyboard(page, 'Handlingsplan (1 handling)');
    await waitForHeading(page, 'Handlingsplan');
    const plan = page.locator('main');

    // Its responsible, deadline and status, then an own action, all typed.
    const action = plan.locator('.parat-action').first();
    await action.locator('summary').click();
    await action.getByLabel('Ansvarlig (person eller enhed)').fill('Digitaliseringschefen');
    await action.getByLabel('Frist').fill('2027-03-31');
    await action.getByLabel('Status').selectOption({ label: 'I gang' });
    await plan.getByLabel('Hvad skal gøres?').focus();
    await page.keyboard.press('Enter');
    expect(await plan.innerText()).toContain('Skriv, hvad handlingen går ud på');
    await page.keyboard.type('Budget til robotdrift <b>2027</b>');
    await page.keyboard.press('Enter');

    await page.reload();
    await waitForHeading(page, 'Handlingsplan');
    const summaries = await plan.locator('.parat-action summary').allInnerTexts();
    expect(summaries).toEqual([
      `${title}\nI gang · 31. marts 2027 · Digitaliseringschefen`,
      'Budget til robotdrift <b>2027</b>\nIkke startet · ingen frist · ingen ansvarlig',
    ]);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    expect(await axeViolations(page)).toEqual([]);

    const csv = await download(page, 'Hent planen som regneark (CSV)');
    expect(csv.name).toMatch(/^parat-handlingsplan-region-oesterhavn-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.bytes.toString('utf8').split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFF"Nr.";"Handling";"Anbefaling";"Skal forbedre";"Ansvarlig (person eller enhed)";"Frist";"Status";"Note"',
    );
    expect(lines[1]).toMatch(/^1;".*";"Fra anbefalingen ».*«";".*";"Digitaliseringschefen";"2027-03-31";"I gang";""$/);
    // The own action's markup is text in the spreadsheet too.
    expect(lines[2]).toMatch(/^2;"Budget til robotdrift <b>2027<\/b>";"Jeres egen handling";/);

    const docx = await download(page, 'Hent Word-dokument med resumé og plan');
    expect(docx.name).toMatch(/^parat-handlingsplan-region-oesterhavn-\d{4}-\d{2}-\d{2}\.docx$/);
    const xml = await (await JSZip.loadAsync(docx.bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(
      /<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r>(<w:rPr>(?:(?!<\/w:r>).)*<\/w:rPr>)?<w:t xml:space="preserve">Handlingsplan<\/w:t>/,
    );
    expect(xml).toContain('Budget til robotdrift &lt;b&gt;2027&lt;/b&gt;');
    expect(xml).toContain('<w:tblHeader/>');

    // Nothing left the page, and the docx library needed nothing the CSP forbids.
    expect(requests.filter((url) => !url.startsWith(env.server.url) && !url.startsWith('blob:'))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });

  it('travels in the answers file: imported on a clean profile, the plan is there', async () => {
    const file = {
      ...loadFixture('large-region-rpa'),
      plan: {
        'own-1': { title: 'Robotdrift i eget datacenter', areas: [], status: 'done', deadline: '31/12/2026' },
        'lf9-9': { title: 'En anbefaling fra en anden version', recommendation: 'lf9-9', areas: [], status: 'odd' },
      },
    };
    const path = join(tmpdir(), `parat-plan-${Date.now()}.json`);
    writeFileSync(path, JSON.stringify(file));
    const { page } = await openPage(env.browser, `${env.server.url}#/`);
    await page.getByLabel('Svarfil').setInputFiles(path);
    const preview = page.getByRole('region', { name: 'Vil I erstatte jeres svar med disse?' });
    await expect.poll(() => preview.isVisible()).toBe(true);
    const text = await preview.innerText();
    expect(text).toContain('2 handlinger i handlingsplanen');
    expect(text).toContain(
      '»En anbefaling fra en anden version« bygger på en anbefaling, som ikke findes i denne version (lf9-9). Den er beholdt som jeres egen handling.',
    );
    expect(text).toContain('Status »odd« for »En anbefaling fra en anden version« kendes ikke.');
    await preview.getByRole('button', { name: 'Erstat jeres svar' }).click();
    await waitForHeading(page, 'Tjek jeres svar');
    expect(await savedPlan(page)).toEqual({
      'own-1': { title: 'Robotdrift i eget datacenter', areas: [], status: 'done', deadline: '2026-12-31' },
      'lf9-9': { title: 'En anbefaling fra en anden version', areas: [], status: 'not-started' },
    });
    await page.goto(`${env.server.url}#/plan`);
    await waitForHeading(page, 'Handlingsplan');
    expect(await page.locator('.parat-action summary').first().innerText()).toBe(
      'Robotdrift i eget datacenter\nGennemført · 31. december 2026 · ingen ansvarlig',
    );
  });

  it('shows at re-assessment whether each action of the earlier plan was done and how its areas moved', async () => {
    const earlier = {
      ...loadFixture('large-region-rpa'),
      savedAt: '2025-11-20T14:05:00+01:00',
      plan: {
        'case-topdanmark': {
          title: 'Stabil drift af robotterne',
          recommendation: 'case-topdanmark',
          areas: ['technology-rpa'],
          status: 'not-started',
        },
      },
    };
    const now = {
      ...earlier,
      savedAt: '2026-11-20T14:05:00+01:00',
      answers: { ...earlier.answers, 'rpa-unstable-operation': 'not-at-all', 'rpa-desktop-operation': 'not-at-all' },
      plan: { 'case-topdanmark': { ...earlier.plan['case-topdanmark'], status: 'done' } },
    };
    const path = join(tmpdir(), `parat-earlier-${Date.now()}.json`);
    writeFileSync(path, JSON.stringify(earlier));
    const { page } = await openPage(env.browser, env.server.url);
    await results(page, now);
    await page.getByText('Vælg en tidligere svarfil at sammenligne med').click();
    await page.getByLabel('Tidligere svarfil').setInputFiles(path);
    const progress = page.getByRole('table', { name: 'Sådan gik det med handlingsplanen' });
    await progress.waitFor();
    expect(await page.getByText('1 af 1 handlinger i den tidligere plan er gennemført.').isVisible()).toBe(true);
    expect(await progress.getByRole('row', { name: /Stabil drift/ }).innerText()).toMatch(
      /^Stabil drift af robotterne\tGennemført\tRPA: fra 83 til 70 \(↓ 13, bedre\)$/,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  it("keeps a workshop's shared plan in the workshop, never in this browser's own assessment", async () => {
    const two = ['large-region-rpa', 'state-agency-ml-legal'] as const;
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    await page.getByLabel('Deltagernes svarfiler').setInputFiles(two.map((name) => fixturePath(name)));
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
    const group = combine(
      bank,
      two.map((name) => loadFixture(name).answers),
    );
    const first = group.group.recommendations[0]!.id;
    await page
      .locator('.parat-recommendation')
      .first()
      .getByRole('button', { name: /^Læg i planen/ })
      .click();
    await expect.poll(() => page.locator('#workshop-plan-heading ~ ol > li').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const storedPlans = () =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith('parat-workshop:'))
          .map((key) => Object.keys((JSON.parse(localStorage.getItem(key)!) as { plan: object }).plan)),
      );
    await expect.poll(storedPlans).toEqual([[first]]);
    expect(await page.evaluate(() => localStorage.getItem('parat'))).toBeNull();
  });
});
