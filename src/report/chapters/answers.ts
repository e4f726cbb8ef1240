import { isShown } from '../../../questions';
import type { Chapter } from '../blocks';
import type { ReportInput } from '../input';
import { evidenceRefText } from '../../format/records-text';
import { reportNote } from '../note';

/** A workshop's answer is the group's: marked as agreed in the discussion, or as the median of the participants'. */
function groupAnswer(input: ReportInput, questionId: string, text: string): string {
  const { workshop, t } = input;
  if (!workshop) return text;
  const agreed = workshop.result.agreed.includes(questionId);
  return `${text} (${agreed ? t('meeting:report.agreed') : t('meeting:report.median')})`;
}

/**
 * Appendix B: every question shown, with its answer, its note and the references that document it, section by
 * section. A reference is text here, a link too: the report fetches nothing.
 */
export function answersChapter(input: ReportInput): Chapter {
  const { bank, file, t, language } = input;
  const { answers } = file;
  const notes = file.notes ?? {};
  const evidence = file.evidence ?? {};
  const documented = Object.keys(evidence).length > 0;
  const noteCell = (id: string) => {
    const note = reportNote(notes[id] ?? '');
    const refs = (evidence[id] ?? []).map((ref) =>
      t('report:answersTable.reference', { reference: evidenceRefText(ref, t, language) }),
    );
    return [note.shortened ? `${note.text} ${t('report:noteShortened')}` : note.text, ...refs]
      .filter(Boolean)
      .join('\n');
  };
  return {
    title: documented ? t('report:headings.answersWithEvidence') : t('report:headings.answers'),
    newPage: true,
    // A section with no question shown (a technology not in use) has nothing to list.
    blocks: bank.sections.flatMap((section) => {
      const shown = section.questions.filter((q) => isShown(q, answers));
      if (shown.length === 0) return [];
      return [
        {
          kind: 'headedTable',
          heading: t(`bank:sections.${section.id}.title`),
          table: {
            head: [
              t('report:answersTable.question'),
              t('report:answersTable.answer'),
              documented ? t('report:answersTable.noteAndEvidence') : t('report:answersTable.note'),
            ],
            body: shown.map((q) => {
              const answer = answers[q.id];
              const text = !answer
                ? t('app:check.notAnswered')
                : q.type === 'text'
                  ? answer
                  : t(`bank:options.${answer}`);
              const shownText = answer && q.type === 'scale' ? groupAnswer(input, q.id, text) : text;
              return [t(`questions:${q.id}.text`), shownText, noteCell(q.id)];
            }),
            widths: [47, 18, 35],
          },
        },
      ];
    }),
  };
}
