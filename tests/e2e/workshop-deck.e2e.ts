import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { combine, decide, disputedQuestions } from '../../scoring';
import { bakkedalWorkshop } from '../fixtures/workshop';
import { axeViolations, openPage } from './harness';
import { startBuildInChromium } from './setup';
import { eachSlide, openWorkshopFile } from './workshop-files';

const env = startBuildInChromium();
const workshop = bakkedalWorkshop();
const decided = decide(
  bank,
  combine(
    bank,
    workshop.participants.map((p) => p.file.answers),
  ),
  workshop.decisions,
);
const questionText = async (id: string) =>
  (await import('../../locales/da/questions.json', { with: { type: 'json' } })).default[id as 'task-volume'].text;

/** What a slide shows: its heading, whether anything lies outside the screen or scrolls, and its smallest text. */
const measure = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const slide = document.querySelector('.parat-deck-slide:not([hidden])') as HTMLElement;
    const all = [...slide.querySelectorAll('*')];
    const outside = all.filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5 || box.top < -0.5);
    });
    const sizes = all
      .filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()) && !e.closest('.sr-only'))
      .map((e) => parseFloat(getComputedStyle(e).fontSize));
    return {
      heading: slide.querySelector('h2')?.textContent ?? '',
      question: slide.querySelector('h2.parat-deck-question') !== null,
      text: slide.innerText,
      outside: outside.length,
      scrolls: slide.scrollHeight > slide.clientHeight || document.querySelector('dialog')!.scrollHeight > innerHeight,
      smallest: Math.min(...sizes),
    };
  });

/** What the decision dialog over a slide shows: anything outside the screen, whether it scrolls, its smallest text. */
const measureDialog = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const dialog = document.querySelector('dialog.parat-decision-dialog') as HTMLElement;
    const all = [...dialog.querySelectorAll('*')];
    const outside = all.filter((e) => {
      const box = e.getBoundingClientRect();
      return box.width > 0 && (box.bottom > innerHeight + 0.5 || box.right > innerWidth + 0.5 || box.top < -0.5);
    });
    const sizes = all
      .filter(
        (e) =>
          ['TEXTAREA', 'BUTTON'].includes(e.tagName) ||
          [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()),
      )
      .map((e) => parseFloat(getComputedStyle(e).fontSize));
    return {
      outside: outside.length,
      scrolls: dialog.scrollHeight > dialog.clientHeight + 0.5,
      smallest: Math.min(...sizes),
    };
  });

describe('the workshop’s deck', () => {
  it('is driven by keys alone: the overview first, the most disputed questions in full, jumps and a blank screen', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`, {
      viewport: { width: 1280, height: 720 },
    });
    await openWorkshopFile(page, workshop);
    await page.locator('#workshop-present').focus();
    await page.keyboard.press('Enter');
    const deck = page.getByRole('dialog', { name: 'Præsentation' });
    await deck.locator('.parat-deck-slide:not([hidden]) h2').waitFor();
    expect(await deck.locator('.parat-deck-slide:not([hidden]) h2').innerText()).toBe('Overblik');
    expect(await deck.innerText()).toContain('Barrierer og teknologier: højere er mere pres');
    expect(await deck.innerText()).toContain('Modenhed: højere er bedre');
    expect(await axeViolations(page)).toEqual([]);

    const slides = await eachSlide(page, () => measure(page));
    const top = disputedQuestions(bank, decided).slice(0, 3);
    expect(slides.slice(0, 5).map((s) => s.heading)).toEqual([
      'Svar på Parat',
      'Overblik',
      ...(await Promise.all(top.map(questionText))),
    ]);
    // Every slide with a score says which way is better (the join slide and the list of further disputes have none);
    // a question's slide counts answers, so it says which answer is worse or better, not which way a score is.
    const scored = slides.filter((s) => !['Svar på Parat', 'Flere spørgsmål, I er uenige om'].includes(s.heading));
    for (const slide of scored.filter((s) => !s.question))
      expect(slide.text, slide.heading).toMatch(/højere er (mere pres|bedre)/);
    for (const slide of scored.filter((s) => s.question)) {
      expect(slide.text, slide.heading).toMatch(/»I høj grad« er (mest pres|bedst)/);
      expect(slide.text, slide.heading).not.toContain('højere er');
    }
    for (const slide of slides) expect(slide).toMatchObject({ outside: 0, scrolls: false });
    expect(Math.min(...slides.map((s) => s.smallest))).toBeGreaterThanOrEqual(28);

    // A number and Enter jump to that slide; B blanks the screen and shows it again.
    await page.keyboard.press('4');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => deck.locator('.parat-deck-slide:not([hidden]) h2').innerText())
      .toBe(await questionText(top[1]!));
    await page.keyboard.press('b');
    expect(await deck.locator('.parat-deck-slide:not([hidden])').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('b');
    expect(await deck.locator('.parat-deck-slide:not([hidden])').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => deck.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('workshop-present');
  });

  it('records a decision by keyboard on a slide, and the workshop page follows it', async () => {
    const { page } = await openPage(env.browser, `${env.server.url}#/workshop`, {
      viewport: { width: 1280, height: 720 },
    });
    await openWorkshopFile(page, bakkedalWorkshop({ decisions: {} }));
    const [first] = disputedQuestions(bank, decided);
    await page.locator('#workshop-present').focus();
    await page.keyboard.press('Enter');
    const deck = page.getByRole('dialog', { name: 'Præsentation' });
    await deck.locator('.parat-deck-slide:not([hidden]) h2').waitFor();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => deck.locator('.parat-deck-slide:not([hidden]) h2').innerText())
      .toBe(await questionText(first!));
    expect(await deck.locator('.parat-deck-controls').evaluate((c) => getComputedStyle(c).opacity)).toBe('0');
    // The controls show when a key brings focus to them, and only then.
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Registrér beslutning')
      await page.keyboard.press('Tab');
    await expect
      .poll(() => deck.locator('.parat-deck-controls').evaluate((c) => getComputedStyle(c).opacity))
      .toBe('1');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Gruppens beslutning' });
    await dialog.waitFor();
    // The dialog reads from the back of the room like the slide, and is whole on the screen: a remote cannot scroll.
    expect(await measureDialog(page)).toMatchObject({ outside: 0, scrolls: false });
    expect((await measureDialog(page)).smallest).toBeGreaterThanOrEqual(28);
    await dialog.getByLabel('I høj grad').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Enige efter drøftelsen');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => deck.innerText()).toContain('Aftalt: I høj grad');
    expect(await deck.innerText()).toContain('Enige efter drøftelsen');
    // The remote works at once after the decision, without a click on the slide.
    const heading = deck.locator('.parat-deck-slide:not([hidden]) h2');
    await page.keyboard.press('PageDown');
    await expect.poll(() => heading.innerText()).not.toBe(await questionText(first!));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => heading.innerText()).toBe(await questionText(first!));
    // Escape in the dialog closes the dialog only; the deck stays, and its keys work at once.
    while ((await page.evaluate(() => document.activeElement?.textContent)) !== 'Registrér beslutning')
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await deck.count()).toBe(1);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => heading.innerText()).not.toBe(await questionText(first!));
    await page.keyboard.press('Escape');
    await expect.poll(() => deck.count()).toBe(0);
    expect(await page.locator('#decisions-heading ~ ol li').first().innerText()).toContain(
      'Aftalt: I høj grad. Note: Enige efter drøftelsen',
    );
  });
});

describe('the deck at other sizes', () => {
  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const)
    it(`fits every slide on ${width}×${height} without scrolling`, async () => {
      const { page } = await openPage(env.browser, `${env.server.url}#/workshop`, { viewport: { width, height } });
      await openWorkshopFile(page, workshop);
      await page.getByRole('button', { name: 'Vis på projektor' }).click();
      await page.locator('.parat-deck-slide:not([hidden]) h2').waitFor();
      const slides = await eachSlide(page, () => measure(page));
      for (const slide of slides) expect(slide, slide.heading).toMatchObject({ outside: 0, scrolls: false });
      expect(Math.min(...slides.map((s) => s.smallest))).toBeGreaterThanOrEqual(28);
    });
});
