import { readFileSync, statSync, writeFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import { readAnswersFile, type AnswersFile, type AnswersProblem } from '../../questions/answers';
import { intlLocale } from '../format/locale';
import { printable } from '../format/printable';
import { assess, combine } from '../../scoring';
import { maxImportBytes } from '../features/transfer/incoming';
import { createReport, createWorkshopReport } from '../report/create';
import { createDocx } from '../report/docx';
import { planNoticeText } from '../format/plan-text';
import { type CommandOutput, parseCommandLine, refuse, runIfMain } from './command';
import { summaryText } from './summary';
import { workshopText } from './workshop-summary';

/** Reads and checks one answers file; a refusal is one line naming the file and the problem. */
function readFile(file: string, t: TFunction): { file: AnswersFile; notices?: string[] } | { error: string } {
  let text: string;
  try {
    if (statSync(file).size > maxImportBytes)
      return { error: t('cli:file.tooLarge', { file, limit: maxImportBytes / 1024 / 1024 }) };
    text = readFileSync(file, 'utf8');
  } catch {
    return { error: t('cli:file.unreadable', { file }) };
  }
  const reading = readAnswersFile(text, bank);
  if (!reading.ok) return { error: refusal(reading.problem, file, t) };
  // What reading the plan changed is said, never done silently; the file is still used.
  const notices = (reading.planNotices ?? []).map((notice) => planNoticeText(notice, reading.file.plan ?? {}, t));
  return { file: reading.file, notices };
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

/**
 * `npm run assess -- FILE [FILE …] [--workshop] [--lang da|en] [--json OUT] [--pdf OUT.pdf]`: scores an answers
 * file and prints a summary, or with --workshop combines several participants' files.
 */
export async function assessCommand(argv: string[]): Promise<CommandOutput> {
  const parsed = parseCommandLine(
    argv,
    { json: { type: 'string' }, pdf: { type: 'string' }, docx: { type: 'string' }, workshop: { type: 'boolean' } },
    'cli:usage.assess',
  );
  if ('error' in parsed) return refuse(parsed.error);
  const { t, language, values, positionals } = parsed;
  const usage = t('cli:usage.assess');
  if (positionals.length === 0) return refuse(t('cli:argument.missingFile', { usage }));
  if (positionals.length > 1 && !values.workshop) return refuse(t('cli:argument.tooManyFiles', { usage }));

  const files: AnswersFile[] = [];
  let stderr = '';
  for (const path of positionals) {
    const read = readFile(path, t);
    if ('error' in read) return refuse(read.error);
    files.push(read.file);
    for (const notice of read.notices ?? []) stderr += `${path}: ${notice}\n`;
  }

  const writeJson = (output: unknown): string | undefined => {
    if (typeof values.json !== 'string') return '';
    try {
      writeFileSync(values.json, `${JSON.stringify(output, null, 2)}\n`);
      return `\n${t('cli:summary.saved', { file: values.json })}\n`;
    } catch {
      return undefined;
    }
  };

  const workshop = values.workshop
    ? combine(
        bank,
        files.map((f) => f.answers),
      )
    : undefined;
  const [file] = files as [AnswersFile];
  const result = assess(bank, file.answers);
  let stdout = workshop
    ? workshopText(bank, workshop, t)
    : summaryText(
        bank,
        file.answers,
        result,
        printable(file.answers['organisation-name'] ?? '', { singleLine: true }),
        t,
      );
  const saved = writeJson(workshop ?? result);
  if (saved === undefined) return refuse(t('cli:file.unwritable', { file: values.json }));
  stdout += saved;
  if (typeof values.pdf === 'string') {
    const date = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(new Date());
    const bytes = workshop
      ? createWorkshopReport(bank, workshop, t, language, date)
      : createReport(bank, file, t, language, date);
    try {
      writeFileSync(values.pdf, Buffer.from(bytes));
    } catch {
      return refuse(t('cli:file.unwritable', { file: values.pdf }));
    }
    stdout += `\n${t('cli:summary.savedPdf', { file: values.pdf })}\n`;
  }
  if (typeof values.docx === 'string') {
    if (workshop) return refuse(t('cli:argument.docxWorkshop'));
    const date = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(new Date());
    const bytes = await createDocx(bank, file, t, language, date);
    try {
      writeFileSync(values.docx, bytes);
    } catch {
      return refuse(t('cli:file.unwritable', { file: values.docx }));
    }
    stdout += `\n${t('cli:summary.savedDocx', { file: values.docx })}\n`;
  }
  return { code: 0, stdout, stderr };
}

runIfMain(import.meta.url, assessCommand);
