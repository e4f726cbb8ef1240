import { describe, expect, it } from 'vitest';
import { readShareFragment } from '../../src/features/transfer/share-link';
import { loadFixture } from '../fixtures';
import { axeViolations, openPage, openSaved, waitForHeading } from './harness';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();
const phone = { viewport: { width: 390, height: 844 } };

describe('a participant who came by the workshop’s address', () => {
  it('is offered »Send til workshoppen« on the first screen, and asked who is sending before the code is made', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/join`, phone);
    await waitForHeading(page, 'Hvor parat er jeres organisation til ny teknologi?');
    expect(await page.evaluate(() => window.location.hash)).toBe('#/');
    const file = loadFixture('large-region-rpa');
    await openSaved(page, env.server.url, { ...file, answers: { ...file.answers, respondent: '' } });
    await waitForHeading(page, 'Resultat for Region Østerhavn');
    const send = page.getByRole('button', { name: 'Send til workshoppen' });
    expect(await send.count()).toBe(1);
    expect((await send.boundingBox())!.y + 48).toBeLessThan(844);
    await send.click();
    const dialog = page.getByRole('dialog', { name: 'Send jeres svar til workshoppen' });
    expect(await dialog.getByRole('img').count()).toBe(0);
    await dialog.getByLabel('Navn eller rolle').fill('Anna');
    await dialog.getByRole('button', { name: 'Lav QR-kode og link' }).click();
    await dialog.getByRole('img', { name: 'QR-kode med jeres svar' }).waitFor();
    const link = await dialog.getByLabel('Eller send dette link, fx i en chat').inputValue();
    const sent = await readShareFragment(link.slice(link.indexOf('#')));
    expect(sent.ok && sent.file.answers.respondent).toBe('Anna');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('leaves »Send til workshoppen« with the other tools for everyone else', async () => {
    const { page } = await openPage(env.browser, env.server.url, phone);
    await openSaved(page, env.server.url, loadFixture('large-region-rpa'));
    await waitForHeading(page, 'Resultat for Region Østerhavn');
    await page.locator('#tools-heading').waitFor();
    const send = page.getByRole('button', { name: 'Send til workshoppen' });
    expect(await send.count()).toBe(1);
    expect((await send.boundingBox())!.y).toBeGreaterThan(2000);
  });
});
