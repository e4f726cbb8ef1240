import type { AnswersFile } from '../../questions/answers';
import { loadFixture } from '../fixtures';

/** The large region, every question answered. */
export const fixture = loadFixture('large-region-rpa');

/** The same with a note on every question. */
export const fullFile: AnswersFile = {
  ...fixture,
  notes: Object.fromEntries(
    Object.keys(fixture.answers).map((id) => [id, `Note om ${id}: drøftet på workshoppen, æøå. `.repeat(4)]),
  ),
};
