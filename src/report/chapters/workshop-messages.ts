import { disputedQuestions } from '../../../scoring';
import type { ReportInput } from '../input';

// The disputed questions a key message names; more are counted, and the chapter on disputes lists them all.
const named = 4;

/**
 * What the meeting settled, as key messages for the decision page: how many answers the group agreed, and which
 * questions are still disputed (disputed and not agreed, or recorded as still in disagreement), those the group
 * recorded first with the note that says what happens next.
 */
export function workshopMessages(input: ReportInput): string[] {
  const { t, bank, workshop } = input;
  if (!workshop) return [];
  const { result } = workshop;
  const disputed = disputedQuestions(bank, result).filter((id) => !result.agreed.includes(id));
  const open = [...result.disagreed, ...disputed.filter((id) => !result.disagreed.includes(id))];
  const items = open.slice(0, named).map((id) => {
    const decision = result.decisions[id];
    const note = decision?.note?.trim().replace(/[.!]+$/, '');
    const said = [
      decision?.answer === 'disagree' ? t('meeting:report.stillDisagree') : '',
      note ? t('meeting:report.disputedNote', { note }) : '',
    ].filter(Boolean);
    return `${t(`questions:${id}.short`)}${said.length > 0 ? ` (${said.join(': ')})` : ''}`;
  });
  const list = open.length > named ? t('report:decision.andMore', { list: items.join(', ') }) : items.join(', ');
  return [
    t('meeting:report.agreedMessage', { count: result.agreed.length }),
    t('meeting:report.disputedMessage', { count: open.length, list }),
  ];
}
