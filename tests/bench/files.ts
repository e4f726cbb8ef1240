import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { answersHash, takesEvidence } from '../../questions/documentation';
import { loadFixture } from '../fixtures';
import { regionWithPlan } from '../report/region-plan';

/** The large region, every question answered. */
export const fixture = loadFixture('large-region-rpa');

/** The same with a note on every question. */
export const fullFile: AnswersFile = {
  ...fixture,
  notes: Object.fromEntries(
    Object.keys(fixture.answers).map((id) => [id, `Note om ${id}: drøftet på workshoppen, æøå. `.repeat(4)]),
  ),
};

/**
 * The region with its plan of seven actions, an approval and 87 references, one on each of its first 87 answers that
 * take evidence: a link, a journal number or a document title in turn, each with a date and who holds it.
 */
export function recordsFile(): AnswersFile {
  const file = regionWithPlan();
  const answered = bank.sections
    .flatMap((s) => s.questions)
    .filter((q) => takesEvidence(q) && file.answers[q.id] !== undefined)
    .slice(0, 87);
  const refs = [
    (id: string) => `https://intra.region-oesterhavn.dk/dokumenter/${id}/version-2026.pdf`,
    (id: string) => `Sag 26/01234-${id}`,
    (id: string) => `Politik og retningslinjer for ${id}, godkendt af direktionen`,
  ];
  return {
    ...file,
    approval: {
      name: 'Mette Jensen',
      role: 'regionsdirektør',
      date: '2026-12-01',
      reservations: 'Handling 5 afhænger af budgettet for 2028.',
      answersHash: answersHash(file.answers),
    },
    evidence: Object.fromEntries(
      answered.map((q, i) => [q.id, [{ ref: refs[i % 3]!(q.id), date: '2026-01-15', owner: 'Informationssikkerhed' }]]),
    ),
  };
}
