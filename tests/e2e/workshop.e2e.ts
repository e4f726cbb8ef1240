import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { combine } from '../../scoring';
import { fixturePath, loadFixture } from '../fixtures';
import { axeViolations, downloadPdf, openPage, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();
const three = ['small-municipality-starting', 'large-region-rpa', 'state-agency-ml-legal'] as const;

describe('a workshop in Chromium', () => {
  it('combines three participants, shows spread and which way is better, names nobody, and refuses a broken file', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    const broken = join(tmpdir(), `parat-not-answers-${Date.now()}.json`);
    writeFileSync(broken, 'not json');
    await page
      .getByLabel('Deltagernes svarfiler')
      .setInputFiles([fixturePath(three[0]), fixturePath(three[1]), broken]);
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
    expect(await page.getByRole('alert').innerText()).toContain('Indholdet er ikke gyldig JSON');

    // The third participant arrives by drag-and-drop.
    const text = readFileSync(fixturePath(three[2]), 'utf8');
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'styrelsen.json', { type: 'application/json' }));
      document
        .querySelector('.parat-dropzone')
        ?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await expect.poll(() => page.getByRole('heading', { name: '3 deltagere' }).isVisible()).toBe(true);

    const workshop = combine(
      bank,
      three.map((n) => loadFixture(n).answers),
    );
    const legal = workshop.sections.find((s) => s.sectionId === 'barriers-legal')!;
    const row = await page.getByRole('row', { name: /^Juridiske afklaringer/ }).innerText();
    // One figure per area, named, saying which way is better: the group's score, then the participants' spread.
    expect(row.split('\t')).toEqual([
      'Juridiske afklaringer (højere er mere pres)',
      String(Math.round(legal.group!)),
      String(Math.round(legal.mean!)),
      String(Math.round(legal.spread!)),
      `${Math.round(legal.min!)}–${Math.round(legal.max!)}`,
      'Kun 2 af 3',
    ]);
    expect(
      await page
        .getByRole('row', { name: /^Cybersikkerhed og NIS2/ })
        .first()
        .innerText(),
    ).toContain('højere er bedre');
    // The disputed questions in full, most disputed first, each with what stands for the group.
    const first = page.locator('#decisions-heading ~ ol > li').first();
    expect(await first.innerText()).toContain('I hvilken grad er I i tvivl om reglerne for opbevaring af data');
    expect(await first.innerText()).toContain('Ikke besluttet; medianen står: I høj grad.');

    // Anonymous by default: by number, on the page and in the report.
    expect(await page.locator('.parat-participants li > span').allInnerTexts()).toEqual([
      'Deltager 1',
      'Deltager 2',
      'Deltager 3',
    ]);
    expect(await page.locator('main').innerText()).not.toContain('Lille Sønderå Kommune');
    expect(await page.getByRole('heading', { name: 'Gruppens svar ved siden af landstallet' }).isVisible()).toBe(true);
    await page.getByText('Juridiske afklaringer', { exact: true }).locator('xpath=ancestor-or-self::summary').click();
    const storage = page.getByRole('row', { name: /Regler for opbevaring af data/ });
    expect((await storage.innerText()).split('\t')).toEqual([
      'Regler for opbevaring af data',
      '2.0',
      '1.0',
      'I høj grad: 1 · I lav grad: 1 · Ved ikke: 1',
    ]);
    expect(await axeViolations(page)).toEqual([]);

    const pdf = await downloadPdf(page);
    expect(pdf.title).toBe('Workshop med Parat: Workshop med 3 deltagere');
    expect(pdf.text).toContain('Uenigheder og beslutninger');
    expect(pdf.text).not.toContain('Region Østerhavn');

    // With names turned on, the facilitator sees and corrects them.
    await page.getByLabel('Vis deltagernes navne').check();
    expect(
      await page
        .locator('.parat-participants input:not([list])')
        .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value)),
    ).toEqual(['Lille Sønderå Kommune', 'Region Østerhavn', 'Styrelsen for Dataforvaltning']);
    await page.getByRole('button', { name: 'Fjern Styrelsen for Dataforvaltning' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
  });
});
