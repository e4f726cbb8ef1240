import type { Page } from 'playwright-core';

/** Which option to pick for a question, by index into its options; the driver presses the keys to get there. */
export type Chooser = (questionId: string, optionCount: number) => number;

interface Focused {
  tag: string;
  type: string | null;
  name: string | null;
  checked: boolean;
  groupChecked: boolean;
  optionCount: number;
}

const focused = (page: Page) =>
  page.evaluate((): Focused => {
    const el = document.activeElement as HTMLInputElement | null;
    const name = el?.getAttribute('name') ?? null;
    const group = name ? [...document.querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(name)}"]`)] : [];
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? null,
      name,
      checked: Boolean(el?.checked),
      groupChecked: group.some((input) => input.checked),
      optionCount: group.length,
    };
  });

/**
 * Answers the current step with the keyboard alone, as a keyboard user would: Tab through the page, Space and
 * the arrow keys in each radio group, typing in text fields, Enter on the submit button.
 */
export async function answerStepWithKeyboard(page: Page, choose: Chooser, texts: Record<string, string> = {}) {
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press('Tab');
    const el = await focused(page);
    const questionId = el.name?.startsWith('answers.') ? el.name.slice('answers.'.length) : undefined;
    if (el.tag === 'input' && el.type === 'radio' && questionId && !el.groupChecked) {
      await page.keyboard.press('Space');
      for (let i = 0; i < choose(questionId, el.optionCount); i += 1) await page.keyboard.press('ArrowDown');
    } else if (el.tag === 'input' && el.type === 'text' && questionId && texts[questionId]) {
      await page.keyboard.type(texts[questionId]);
    } else if (el.tag === 'button' && el.type === 'submit') {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error('no submit button reached with Tab');
}

/** Tabs to the link or button whose text is `text` and presses Enter. */
export async function activateWithKeyboard(page: Page, text: string) {
  for (let presses = 0; presses < 300; presses += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (label === text) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`"${text}" is not reachable with Tab`);
}
