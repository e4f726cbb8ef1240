import { readFileSync, statSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import { readAnswersFile, type AnswersFile, type AnswersProblem } from '../../questions/answers';
import type { WorkshopFile } from '../../questions/workshop-file';
import type { Assessment } from '../../scoring';
import { maxImportBytes } from '../features/transfer/incoming';
import { planNoticeText } from '../format/plan-text';
import { printable } from '../format/printable';
import { recordNoticeText } from '../format/records-text';
import { maxWorkshopBytes, readWorkshopInput } from './workshop-input';

/** An answers file given on the command line, read, with the bank version it was made with. */
type AnswersInput = { file: AnswersFile; notices: string[]; madeWith: number };

/** One file given on the command line, read: an answers file or a saved workshop, or one line saying why not. */
export type Input = AnswersInput | { workshop: WorkshopFile; notices: string[] } | { error: string };

/**
 * Reads and checks one file, for assess and benchmark alike: a saved workshop, or an answers file (only an answers
 * file when `answersOnly`: a pack counts organisations, not a workshop's participants). A refusal is one line naming
 * the file and the problem; what reading changed is said in notices, never done silently, and the file is still used.
 */
export function readInput(file: string, t: TFunction, options: { answersOnly: true }): AnswersInput | { error: string };
export function readInput(file: string, t: TFunction): Input;
export function readInput(file: string, t: TFunction, { answersOnly = false } = {}): Input {
  const limit = answersOnly ? maxImportBytes : maxWorkshopBytes;
  let text: string;
  try {
    if (statSync(file).size > limit) return { error: t('cli:file.tooLarge', { file, limit: limit / 1024 / 1024 }) };
    text = readFileSync(file, 'utf8');
  } catch {
    return { error: t('cli:file.unreadable', { file }) };
  }
  const workshop = answersOnly ? undefined : readWorkshopInput(text, file, t);
  if (workshop) return 'error' in workshop ? workshop : { workshop: workshop.file, notices: workshop.notices };
  if (Buffer.byteLength(text) > maxImportBytes)
    return { error: t('cli:file.tooLarge', { file, limit: maxImportBytes / 1024 / 1024 }) };
  const reading = readAnswersFile(text, bank);
  if (!reading.ok) return { error: refusal(reading.problem, file, t) };
  // What reading the plan, the approval and the evidence changed is said, never done silently; the file is used.
  const notices = [
    ...(reading.planNotices ?? []).map((notice) => planNoticeText(notice, reading.file.plan ?? {}, t)),
    ...(reading.recordNotices ?? []).map((notice) => recordNoticeText(notice, t)),
  ];
  return { file: reading.file, notices, madeWith: reading.migratedFrom ?? reading.file.bankVersion };
}

/** The one line that says why a file was refused, with the file's own words made safe to print. */
export function refusal(problem: AnswersProblem, file: string, t: TFunction): string {
  const { code, ...details } = problem;
  const ids = 'ids' in details ? details.ids.slice(0, 5).join(', ') : undefined;
  const values = Object.entries({ file, ...details, ids }).map(([key, value]) => [
    key,
    typeof value === 'string' ? printable(value, { singleLine: true }) : value,
  ]);
  return String(t(`cli:file.${code}`, { current: bank.version, ...Object.fromEntries(values) }));
}

/** The files given to assess, read: the answers files in the order given, and at most one saved workshop. */
export interface Inputs {
  assessments: Assessment[];
  workshop?: { path: string; file: WorkshopFile };
  /** What reading changed, a line each, naming the file. */
  stderr: string;
}

/** Reads every file given before anything is written; the first that cannot be used is named in one line. */
export function readInputs(paths: readonly string[], t: TFunction): Inputs | { error: string } {
  const inputs: Inputs = { assessments: [], stderr: '' };
  for (const path of paths) {
    const read = readInput(path, t);
    if ('error' in read) return read;
    if ('workshop' in read) {
      if (inputs.workshop) return { error: t('cli:argument.twoWorkshops', { usage: t('cli:usage.assess') }) };
      inputs.workshop = { path, file: read.workshop };
    } else inputs.assessments.push({ label: path, file: read.file, madeWith: read.madeWith });
    for (const notice of read.notices) inputs.stderr += `${path}: ${notice}\n`;
  }
  return inputs;
}
