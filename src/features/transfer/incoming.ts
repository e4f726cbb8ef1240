import { bank } from '../../../questions';
import { readAnswersFile, type AnswersFile, type AnswersProblem } from '../../../questions/answers';
import type { PlanNotice } from '../../../questions/plan';
import type { RecordNotice } from '../../../questions/record-text';
import { organisationTitle } from '../../format/organisation-title';

/** Largest answers file accepted: far above any real one, low enough that a wrong file cannot hang the tab. */
export const maxImportBytes = 5 * 1024 * 1024;

export type Incoming =
  | {
      ok: true;
      file: AnswersFile;
      /** migratedFrom: the older bank version the file was made with, before it was brought up to this one. */
      /** reworded: questions whose answers were left behind because they now ask something else. */
      preview: {
        organisation?: string;
        savedAt?: string;
        answers: number;
        notes: number;
        migratedFrom?: number;
        reworded?: string[];
        /** repaired: questions whose answer or note held half a character, now the replacement character. */
        repaired?: string[];
        /** Actions in the plan, and what reading the plan had to change. */
        actions: number;
        planNotices?: PlanNotice[];
        /** What reading the approval and the evidence had to change. */
        recordNotices?: RecordNotice[];
      };
    }
  | { ok: false; problem: AnswersProblem | { code: 'too-large' } | { code: 'unreadable' } };

/** Checks an imported file or share link and says what it holds, before anything replaces the current answers. */
export function readIncoming(text: string, size: number): Incoming {
  if (size > maxImportBytes) return { ok: false, problem: { code: 'too-large' } };
  const reading = readAnswersFile(text, bank);
  if (!reading.ok) return reading;
  const { file } = reading;
  const organisation = organisationTitle(file.answers);
  return {
    ok: true,
    file,
    preview: {
      ...(organisation ? { organisation } : {}),
      ...(file.savedAt ? { savedAt: file.savedAt } : {}),
      answers: Object.keys(file.answers).length,
      notes: Object.values(file.notes ?? {}).filter((n) => n.trim() !== '').length,
      ...(reading.migratedFrom === undefined ? {} : { migratedFrom: reading.migratedFrom }),
      ...(reading.reworded ? { reworded: reading.reworded } : {}),
      ...(reading.repaired ? { repaired: reading.repaired } : {}),
      actions: Object.keys(file.plan ?? {}).length,
      ...(reading.planNotices ? { planNotices: reading.planNotices } : {}),
      ...(reading.recordNotices ? { recordNotices: reading.recordNotices } : {}),
    },
  };
}
