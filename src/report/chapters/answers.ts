import { isShown } from '../../../questions';
import type { Chapter } from '../blocks';
import type { ReportInput } from '../input';
import { reportNote } from '../note';

/** Appendix B: every question shown, with its answer and note, section by section. */
export function answersChapter(input: ReportInput): Chapter {
  const { bank, file, t } = input;
  const { answers } = file;
  const notes = file.notes ?? {};
  return {
    title: t('report:headings.answers'),
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
            head: (['question', 'answer', 'note'] as const).map((k) => t(`report:answersTable.${k}`)),
            body: shown.map((q) => {
              const answer = answers[q.id];
              const text = !answer
                ? t('app:check.notAnswered')
                : q.type === 'text'
                  ? answer
                  : t(`bank:options.${answer}`);
              const note = reportNote(notes[q.id] ?? '');
              return [
                t(`questions:${q.id}.text`),
                text,
                note.shortened ? `${note.text} ${t('report:noteShortened')}` : note.text,
              ];
            }),
            widths: [47, 18, 35],
          },
        },
      ];
    }),
  };
}
