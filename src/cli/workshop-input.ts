import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import { readWorkshopFile, type WorkshopFile, type WorkshopParticipant } from '../../questions/workshop-file';
import { combine, compareRoles, decide, type DecidedWorkshop, type RoleComparison } from '../../scoring';
import { workshopNoticeText, workshopProblemText } from '../format/workshop-notices';
import type { AssessOutput } from './single';
import { workshopText } from './workshop-summary';

/** A workshop file is read whole, participants and all: a thousand participants with notes make tens of megabytes. */
export const maxWorkshopBytes = 100 * 1024 * 1024;

/**
 * A workshop file given on the command line, or the text is no workshop (undefined: then it is read as an answers
 * file). A refused workshop is one line naming the file and the reason; notices are lines for stderr.
 */
export function readWorkshopInput(
  text: string,
  path: string,
  t: TFunction,
): { file: WorkshopFile; notices: string[] } | { error: string } | undefined {
  const reading = readWorkshopFile(text, bank);
  if (!reading.ok) {
    if (reading.problem.code === 'wrong-format' || reading.problem.code === 'not-json') return undefined;
    return { error: `${path}: ${workshopProblemText(reading.problem, t)}` };
  }
  return {
    file: reading.file,
    notices: reading.notices.map((notice) => workshopNoticeText(notice, t, reading.file.plan)),
  };
}

/** A workshop as the command line assesses it: its own fields, and every participant's answers with their role. */
export interface AssessedWorkshop {
  file: WorkshopFile;
  result: DecidedWorkshop;
  roles: RoleComparison;
}

/**
 * The workshop from a saved workshop file and answers files together: the file's participants, decisions, plan and
 * names first, each answers file one more participant.
 */
export function assessWorkshop(saved: WorkshopFile | undefined, files: readonly AnswersFile[]): AssessedWorkshop {
  const added = files.map((file, i): WorkshopParticipant => ({ key: `file-${i + 1}`, name: '', file }));
  const file: WorkshopFile = saved
    ? { ...saved, participants: [...saved.participants, ...added] }
    : {
        format: 'parat-workshop',
        version: 1,
        bankVersion: bank.version,
        id: '',
        name: '',
        participants: added,
        decisions: {},
        plan: {},
      };
  const answers = file.participants.map((p) => p.file.answers);
  const result = decide(bank, combine(bank, answers), file.decisions);
  const roles = compareRoles(
    bank,
    file.participants.map((p) => ({ ...(p.role ? { role: p.role } : {}), answers: p.file.answers })),
  );
  return { file, result, roles };
}

/**
 * `assess --workshop`, or a saved workshop given: the group's text, its decided result as JSON, and the workshop
 * report. A workshop has no fingerprint, calendar or peers of its own: those are refused, naming the option.
 */
export function workshopResult(
  saved: WorkshopFile | undefined,
  files: readonly AnswersFile[],
  asked: { fingerprint: boolean; ics: boolean; pack: boolean },
  t: TFunction,
  language: string,
): AssessOutput | { error: string } {
  if (asked.fingerprint) return { error: t('cli:argument.fingerprintWorkshop') };
  if (asked.ics) return { error: t('cli:argument.icsWorkshop') };
  if (asked.pack) return { error: t('cli:argument.benchmarkOne') };
  const assessed = assessWorkshop(saved, files);
  return {
    stdout: workshopText(bank, assessed, t, language),
    json: assessed.result,
    report: { workshop: assessed.file },
  };
}
