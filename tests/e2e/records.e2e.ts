import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { regionWithPlan } from '../report/region-plan';
import { axeViolations, cspViolations, downloadPdf, openPage, openSaved, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();
const region = regionWithPlan();

/** Clicks a button that downloads a file and returns the file's bytes and suggested name. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('the approval', () => {
  it('is entered on the plan page, kept over a reload, and marked once an answer changes after it', async () => {
    const { page, requests } = await openPage(env.browser, env.server.url);
    await openSaved(page, env.server.url, region, '#/plan');
    await waitForHeading(page, 'Handlingsplan');
    const approval = page.getByRole('region', { name: 'Godkendelse' });
    expect(await approval.innerText()).toContain('Vurderingen og handlingsplanen er ikke godkendt endnu.');
    await approval.getByLabel('Godkendt af').fill('Mette Jensen');
    await approval.getByLabel('Stilling eller organ').fill('Regionsdirektør');
    await approval.getByLabel('Dato for godkendelsen').fill('2026-05-12');
    await approval.getByLabel('Forbehold').fill('Handling 3 afhænger af budgettet for 2027.');

    await page.reload();
    await waitForHeading(page, 'Handlingsplan');
    expect(await approval.getByLabel('Godkendt af').inputValue()).toBe('Mette Jensen');
    expect(await approval.getByLabel('Forbehold').inputValue()).toBe('Handling 3 afhænger af budgettet for 2027.');
    expect(await approval.innerText()).toContain('Godkendt af Mette Jensen, Regionsdirektør den 12. maj 2026.');
    expect(await approval.innerText()).not.toContain('Godkendt før de seneste ændringer af svarene');

    // An answer changed after the approval: the page says the approval is older than it.
    await page.goto(`${env.server.url}#/step/cybersecurity`);
    await page
      .getByRole('group', { name: /ISO 27001/ })
      .getByLabel('I lav grad')
      .check();
    await page.goto(`${env.server.url}#/plan`);
    await waitForHeading(page, 'Handlingsplan');
    expect(await approval.innerText()).toContain('Godkendt før de seneste ændringer af svarene');
    expect(await axeViolations(page)).toEqual([]);

    // The calendar holds the five open actions with a deadline.
    const ics = await download(page, 'Hent fristerne som kalender (.ics)');
    expect(ics.name).toMatch(/^parat-frister-region-oesterhavn-\d{4}-\d{2}-\d{2}\.ics$/);
    expect(ics.bytes.toString('utf8').match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(5);
    const jira = await download(page, 'Hent til Jira (CSV)');
    expect(jira.bytes.toString('utf8').split('\r\n')[0]).toBe(
      '"Summary","Issue Type","Description","Assignee","Due Date","Status","Labels"',
    );
    expect(requests.filter((url) => !url.startsWith(env.server.url) && !url.startsWith('blob:'))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});

describe('the evidence', () => {
  it('is added beside a question’s note, kept over a reload, and a link only when it is http(s)', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    await openSaved(page, env.server.url, region, '#/step/cybersecurity');
    const question = page.locator('#question-cyber-iso27001');
    await question.getByText('Tilføj dokumentation (valgfrit)').click();
    await question
      .getByLabel('Link, journalnummer eller dokumenttitel')
      .fill('https://intra.region.dk/isms/politik.pdf');
    await question.getByLabel('Dokumentets dato (kan udelades)').fill('2026-01-15');
    await question.getByLabel('Hvem har dokumentet (kan udelades)').fill('CISO');
    // Enter adds the reference; it does not send the step's form.
    await page.keyboard.press('Enter');
    await question.getByLabel('Link, journalnummer eller dokumenttitel').fill('javascript:alert(1)');
    await question.getByRole('button', { name: 'Tilføj henvisningen' }).click();
    await question.getByRole('button', { name: 'Tilføj henvisningen' }).click();
    expect(await question.innerText()).toContain('Skriv et link, et journalnummer eller en dokumenttitel');
    expect(page.url()).toMatch(/#\/step\/cybersecurity$/);

    await page.reload();
    const list = question.getByRole('list', { name: 'Henvisninger til »ISO 27001 eller tilsvarende«' });
    await list.waitFor();
    expect(await list.locator('li').allInnerTexts()).toEqual([
      'https://intra.region.dk/isms/politik.pdf · dateret 15. januar 2026 · hos CISO Fjern',
      'javascript:alert(1) Fjern',
    ]);
    expect(await list.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      'https://intra.region.dk/isms/politik.pdf',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await question.getByRole('button', { name: 'Fjern henvisningen »javascript:alert(1)«' }).click();
    expect(await list.locator('li').count()).toBe(1);

    // The downloaded report lists the reference under the question in its answers appendix.
    await page.goto(`${env.server.url}#/results`);
    await waitForHeading(page, 'Resultat for Region Østerhavn');
    const pdf = await downloadPdf(page);
    const appendix = pdf.outline.find((entry) => entry.title === 'Bilag B. Alle svar, noter og dokumentation');
    expect(appendix).toBeDefined();
    const after = pdf.pages
      .slice(appendix!.page - 1)
      .flatMap((p) => p.items.map((i) => i.text))
      .join(' ');
    expect(after.replace(/\s+/g, ' ')).toContain(
      'Dokumentation: https://intra.region.dk/isms/politik.pdf · dateret 15. januar 2026 · hos CISO',
    );
    expect(pdf.text).not.toContain('javascript:alert(1)');
  });

  it('and the approval are read leniently from an imported file, each change named, the answers kept', async () => {
    const file = {
      ...region,
      approval: { name: 'Mette Jensen', date: 'efter mødet' },
      evidence: { 'cyber-iso27001': [{ ref: 'javascript:alert(1)' }], 'no-such-question': [{ ref: 'A' }] },
    };
    const path = join(tmpdir(), `parat-records-${Date.now()}.json`);
    writeFileSync(path, JSON.stringify(file));
    const { page } = await openPage(env.browser, `${env.server.url}#/`);
    await page.getByLabel('Svarfil').setInputFiles(path);
    const preview = page.getByRole('region', { name: 'Vil I erstatte jeres svar med disse?' });
    await expect.poll(() => preview.isVisible()).toBe(true);
    const text = await preview.innerText();
    expect(text).toContain('Godkendt af Mette Jensen, uden dato.');
    expect(text).toContain('Datoen »efter mødet« i godkendelsen er ikke en dato og er udeladt.');
    expect(text).toContain('En henvisning til »ISO 27001 eller tilsvarende« begynder med »javascript:«.');
    expect(text).toContain(
      'Der var dokumentation til et spørgsmål, som ikke findes i denne version (no-such-question).',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
