import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shareFragment } from '../../src/features/transfer/share-link';
import { loadFixture } from '../fixtures';
import { axeViolations, cspViolations, openPage, openSaved, waitForHeading } from './harness';
import { elementAsCameraPicture, launchBrowserWithCamera, writeCameraVideo } from './camera';
import { startBuildInChromium } from './setup';

const env = startBuildInChromium();

/** The participants' names in their fields: names are shown first, as a workshop starts anonymous. */
const participantNames = async (page: Page) => {
  await page.getByLabel('Vis deltagernes navne').check();
  return page
    .locator('.parat-participants input:not([list])')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
};

const withRespondent = (name: Parameters<typeof loadFixture>[0], respondent: string) => {
  const file = loadFixture(name);
  return { ...file, answers: { ...file.answers, respondent } };
};

describe('participants without files', () => {
  it('adds participants from share links pasted from a chat, and refuses a broken one with its reason', async () => {
    const { page, requests } = await openPage(env.browser, `${env.server.url}#/workshop`);
    await waitForHeading(page, 'Workshop');
    const link = async (file: object) => `${env.server.url}${await shareFragment(file as never)}`;
    const first = await link(withRespondent('large-region-rpa', 'IT-chef'));
    const chat = [
      `[10:02] Anna: her er mit ${first}`,
      `[10:03] Bo: <${await link(withRespondent('state-agency-ml-legal', 'Jurist'))}>.`,
      `[10:04] Cai: ${env.server.url}#share=AAAA (den virker vist ikke)`,
    ].join('\n');
    await page.getByLabel('Delingslinks', { exact: true }).fill(chat);
    await page.getByRole('button', { name: 'Tilføj fra links' }).click();
    await expect.poll(() => page.getByRole('heading', { name: '2 deltagere' }).isVisible()).toBe(true);
    // The names written before the links in the chat are the participants' names.
    expect(await participantNames(page)).toEqual(['Anna', 'Bo']);
    expect(await page.locator('#links-heading + .form-group ~ [role=status]').innerText()).toBe(
      '2 af 3 links er tilføjet som deltagere.',
    );
    // A refused link is named as the chat names its sender.
    expect(await page.locator('.parat-refused-file').innerText()).toBe('Cai');
    expect(await page.getByRole('alert').first().innerText()).toContain('Linket kunne ikke åbnes');
    // The pasted text stays while a link in it was refused, so nothing typed is lost.
    expect(await page.getByLabel('Delingslinks', { exact: true }).inputValue()).toBe(chat);
    expect(await axeViolations(page)).toEqual([]);

    // The same link again is the same participant.
    await page.getByLabel('Delingslinks', { exact: true }).fill(first);
    await page.getByRole('button', { name: 'Tilføj fra links' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().innerText())
      .toContain('er den samme fil eller kode som Annas');
    expect(await participantNames(page)).toEqual(['Anna', 'Bo']);
    await page.getByLabel('Delingslinks', { exact: true }).fill('Ingen links her');
    await page.getByRole('button', { name: 'Tilføj fra links' }).click();
    await expect
      .poll(() => page.locator('#links-heading ~ [role=status]').innerText())
      .toBe('Teksten indeholder ingen delingslinks fra Parat.');
    expect(requests.filter((url) => !url.startsWith(env.server.url))).toEqual([]);
  });

  it('adds a participant by QR code: from the participant’s screen, through a camera, into the workshop', async () => {
    // The participant's side: "Send til workshoppen" on the results page shows the code and the link.
    const { page: phone } = await openPage(env.browser, env.server.url, { viewport: { width: 390, height: 844 } });
    const file = {
      ...withRespondent('large-region-rpa', 'Økonomichef'),
      notes: { 'it-prioritisation': 'Vi mangler en plan: 2027' },
    };
    await openSaved(phone, env.server.url, file);
    await waitForHeading(phone, 'Resultat for Region Østerhavn');
    await phone.getByRole('button', { name: 'Send til workshoppen' }).click();
    const dialog = phone.getByRole('dialog', { name: 'Send jeres svar til workshoppen' });
    // Asked who is sending first: the profile's answer is there to keep or change.
    expect(await dialog.getByLabel('Navn eller rolle').inputValue()).toBe('Økonomichef');
    await dialog.getByRole('button', { name: 'Lav QR-kode og link' }).click();
    await dialog.getByRole('img', { name: 'QR-kode med jeres svar' }).waitFor();
    expect(await dialog.getByLabel('Eller send dette link, fx i en chat').inputValue()).toContain('#share=');
    expect(await axeViolations(phone)).toEqual([]);
    const picture = await elementAsCameraPicture(phone, 'svg.parat-qr');

    // The consultant's side: a laptop whose camera sees that screen.
    const video = join(tmpdir(), `parat-camera-${Date.now()}.y4m`);
    writeCameraVideo(video, picture);
    const laptop = await launchBrowserWithCamera(video);
    try {
      const { page, requests } = await openPage(laptop, `${env.server.url}#/workshop`);
      await waitForHeading(page, 'Workshop');
      // The camera is not asked for before the click.
      expect(await page.locator('video').count()).toBe(0);
      await page.getByRole('button', { name: 'Scan QR-kode' }).click();
      await expect
        .poll(() => page.getByRole('heading', { name: '1 deltager' }).isVisible(), { timeout: 20_000 })
        .toBe(true);
      expect(await page.locator('#scan-heading ~ [role=status]').innerText()).toBe(
        'Tilføjet: Økonomichef. Klar til den næste.',
      );
      expect(await participantNames(page)).toEqual(['Økonomichef']);
      const saved = await page.evaluate(
        () =>
          (
            JSON.parse(
              localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('parat-workshop:'))!)!,
            ) as {
              participants: { file: { answers: object; notes?: object } }[];
            }
          ).participants[0]!.file,
      );
      expect(saved.answers).toEqual(file.answers);
      expect(saved.notes).toEqual(file.notes);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Stop kameraet' }).click();
      expect(await page.locator('video').count()).toBe(0);
      expect(requests.filter((url) => !url.startsWith(env.server.url) && !url.startsWith('blob:'))).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
    } finally {
      await laptop.close();
    }
  });

  it('says when the notes do not fit in the QR code, and offers the link and the file for them', async () => {
    const { page } = await openPage(env.browser, env.server.url);
    const fixture = withRespondent('large-region-rpa', 'IT-chef');
    const long = 'En lang note om, hvad vi drøftede, og hvorfor vi svarede sådan. '.repeat(8);
    const file = { ...fixture, notes: Object.fromEntries(Object.keys(fixture.answers).map((id) => [id, long])) };
    await openSaved(page, env.server.url, file);
    await waitForHeading(page, 'Resultat for Region Østerhavn');
    await page.getByRole('button', { name: 'Send til workshoppen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Send jeres svar til workshoppen' });
    await dialog.getByRole('button', { name: 'Lav QR-kode og link' }).click();
    await dialog.getByRole('img', { name: 'QR-kode med jeres svar' }).waitFor();
    expect(await dialog.innerText()).toContain(
      `Jeres ${Object.keys(file.notes).length} noter er ikke med i QR-koden, for de fylder for meget. Send linket eller filen, hvis de skal med.`,
    );
    expect(await dialog.getByRole('button', { name: 'Download svarene' }).isVisible()).toBe(true);
    expect(await dialog.getByLabel('Eller send dette link, fx i en chat').inputValue()).toContain('#share=');
  });
});
