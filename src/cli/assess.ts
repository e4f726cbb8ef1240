import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import { answersFormat, type AnswersFile } from '../../questions/answers';
import type { WorkshopFile } from '../../questions/workshop-file';
import { intlLocale } from '../format/locale';
import { organisationTitle } from '../format/organisation-title';
import { printable } from '../format/printable';
import { assess, peerComparison, type Assessment } from '../../scoring';
import { calendarFile, recordsLines } from './records';
import { type CommandOutput, parseCommandLine, refuse, runIfMain } from './command';
import { fileFingerprint } from './fingerprint';
import { peerLines, readPackFile } from './peer-pack-file';
import { seriesResult } from './series';
import { summaryText } from './summary';
import { readInput } from './read-input';
import { workshopText } from './workshop-summary';
import { assessWorkshop } from './workshop-input';

/** The files the command can write, in the order it names them. */
const outputKinds = ['json', 'pdf', 'docx', 'ics', 'csv'] as const;
type Outputs = Partial<Record<(typeof outputKinds)[number], string>>;

/** One file however it is named: its device and inode when it exists, else its absolute path. */
const identity = (path: string) => {
  try {
    const { dev, ino } = statSync(path);
    return `${dev}:${ino}`;
  } catch {
    return resolve(path);
  }
};

/**
 * The files to write, checked before anything is read or written: each in a folder that exists and not itself a
 * folder, no two to one file (the last would silently win), and none over an answers file being read.
 */
function checkOutputs(values: Record<string, unknown>, inputs: string[], t: TFunction): Outputs | { error: string } {
  if (values.workshop && typeof values.ics === 'string') return { error: t('cli:argument.icsWorkshop') };
  const outputs: Outputs = {};
  const seen = new Map<string, string>(inputs.map((input) => [identity(input), input]));
  for (const kind of outputKinds) {
    const path = values[kind];
    if (typeof path !== 'string') continue;
    let placeable = false;
    try {
      placeable =
        statSync(dirname(resolve(path))).isDirectory() && !statSync(path, { throwIfNoEntry: false })?.isDirectory();
    } catch {
      // A folder that cannot be read: refused as one that does not exist.
    }
    if (!placeable || path.trim() === '') return { error: t('cli:file.unwritable', { file: path }) };
    const other = seen.get(identity(path));
    if (other !== undefined) {
      return inputs.includes(other)
        ? { error: t('cli:argument.overInput', { option: `--${kind}`, file: path }) }
        : { error: t('cli:argument.samePath', { option: `--${kind}`, other, file: path }) };
    }
    seen.set(identity(path), `--${kind}`);
    outputs[kind] = path;
  }
  return outputs;
}

/**
 * Writes every output or none: each to a file of its own beside the target first, then all renamed into place, so
 * a write that fails leaves no half of the results behind. Returns the path that could not be written.
 */
function writeAll(files: { path: string; data: string | Uint8Array }[]): string | undefined {
  const written: { temporary: string; path: string }[] = [];
  for (const { path, data } of files) {
    const temporary = `${path}.${process.pid}.part`;
    try {
      writeFileSync(temporary, data);
      written.push({ temporary, path });
    } catch {
      for (const w of written) rmSync(w.temporary, { force: true });
      return path;
    }
  }
  for (const { temporary, path } of written) renameSync(temporary, path);
  return undefined;
}

/**
 * `npm run assess -- FILE [FILE …] [--workshop] [--lang da|en] [--json OUT] [--pdf OUT.pdf] [--docx OUT.docx]
 * [--ics OUT.ics] [--fingerprint]`: scores an answers file and prints a summary (or, with --fingerprint, only the
 * SHA-256 fingerprint the report prints in its footer), or with --workshop combines several participants' files;
 * --ics writes the plan's open deadlines as a calendar. Every argument is checked and every file read before
 * anything is written.
 */
export async function assessCommand(argv: string[]): Promise<CommandOutput> {
  const parsed = parseCommandLine(
    argv,
    {
      json: { type: 'string' },
      pdf: { type: 'string' },
      docx: { type: 'string' },
      ics: { type: 'string' },
      csv: { type: 'string' },
      workshop: { type: 'boolean' },
      trend: { type: 'boolean' },
      units: { type: 'boolean' },
      benchmark: { type: 'string' },
      fingerprint: { type: 'boolean' },
    },
    'cli:usage.assess',
  );
  if ('error' in parsed) return refuse(parsed.error);
  const { t, language, values, positionals } = parsed;
  const usage = t('cli:usage.assess');
  if (positionals.length === 0) return refuse(t('cli:argument.missingFile', { usage }));
  const series = values.trend ? 'trend' : values.units ? 'units' : undefined;
  if ([values.workshop, values.trend, values.units].filter(Boolean).length > 1)
    return refuse(t('cli:argument.oneMode', { usage }));
  if (values.workshop && values.fingerprint) return refuse(t('cli:argument.fingerprintWorkshop'));
  if (values.csv !== undefined && series !== 'units') return refuse(t('cli:argument.csvUnits', { usage }));
  if (series && [values.pdf, values.docx, values.ics, values.fingerprint].some((v) => v !== undefined))
    return refuse(t('cli:argument.seriesReport'));
  if (values.benchmark !== undefined && (series || values.workshop)) return refuse(t('cli:argument.benchmarkOne'));
  const pack = typeof values.benchmark === 'string' ? readPackFile(values.benchmark, t) : undefined;
  if (pack && 'error' in pack) return refuse(pack.error);
  const outputs = checkOutputs(values, positionals, t);
  if ('error' in outputs) return refuse(outputs.error);

  const files: AnswersFile[] = [];
  let workshopFile: WorkshopFile | undefined;
  const assessments: Assessment[] = [];
  let stderr = '';
  for (const path of positionals) {
    const read = readInput(path, t);
    if ('error' in read) return refuse(read.error);
    if ('workshop' in read) {
      if (series) return refuse(t('cli:argument.workshopSeries', { file: path, usage }));
      if (workshopFile) return refuse(t('cli:argument.twoWorkshops', { usage }));
      workshopFile = read.workshop;
    } else {
      files.push(read.file);
      assessments.push({ label: path, file: read.file, madeWith: read.madeWith });
    }
    for (const notice of read.notices) stderr += `${path}: ${notice}\n`;
  }
  if (series) {
    const made = seriesResult(series, assessments, t, language);
    if ('error' in made) return refuse(made.error);
    const unwritten = writeAll([
      ...(outputs.json ? [{ path: outputs.json, data: `${JSON.stringify(made.json, null, 2)}\n` }] : []),
      ...(outputs.csv && made.csv !== undefined ? [{ path: outputs.csv, data: made.csv }] : []),
    ]);
    if (unwritten !== undefined) return refuse(t('cli:file.unwritable', { file: unwritten }));
    const saved = [
      ...(outputs.json ? [t('cli:summary.saved', { file: outputs.json })] : []),
      ...(outputs.csv ? [t('cli:summary.savedCsv', { file: outputs.csv })] : []),
    ];
    return { code: 0, stdout: made.stdout + saved.map((line) => `\n${line}\n`).join(''), stderr };
  }
  if (workshopFile && pack) return refuse(t('cli:argument.benchmarkOne'));
  // Several answers files are a workshop only when asked for, or when a saved workshop takes them in.
  if (files.length > 1 && !values.workshop && !workshopFile) return refuse(t('cli:argument.tooManyFiles', { usage }));

  // A saved workshop is a workshop without being told.
  const assessed = values.workshop || workshopFile ? assessWorkshop(workshopFile, files) : undefined;
  const workshop = assessed?.result;
  if (assessed && values.fingerprint) return refuse(t('cli:argument.fingerprintWorkshop'));
  if (assessed && outputs.ics !== undefined) return refuse(t('cli:argument.icsWorkshop'));
  const [file = { format: answersFormat, bankVersion: bank.version, answers: {} }] = files;
  // A plan without an open deadline gives no calendar: refused before anything is written.
  const ics = outputs.ics === undefined ? undefined : calendarFile(file, outputs.ics, t, language);
  if (ics && 'error' in ics) return refuse(ics.error);
  const result = assess(bank, file.answers);
  const peers = pack && peerComparison(pack.pack, file.answers, result.scores);
  const name = printable(organisationTitle(file.answers) ?? '', { singleLine: true });
  const fingerprint = fileFingerprint(file);
  let stdout = values.fingerprint
    ? `${fingerprint}\n`
    : assessed
      ? workshopText(bank, assessed, t, language)
      : summaryText(bank, file.answers, result, name, t, recordsLines(file, t, language));
  if (pack && peers && !values.fingerprint) {
    stdout += `\n${peerLines(pack.pack, peers, t, language).join('\n')}\n`;
    stderr += pack.notices.map((notice) => `${notice}\n`).join('');
  }
  const date = new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'long' }).format(new Date());
  // The report's modules (jsPDF, docx, the chapters) load only when a report is asked for: a summary starts faster.
  const made = {
    json: () =>
      new TextEncoder().encode(`${JSON.stringify(workshop ?? (peers ? { ...result, peers } : result), null, 2)}\n`),
    pdf: async () => {
      const { createReport, createWorkshopReport } = await import('../report/create');
      return assessed
        ? createWorkshopReport(bank, assessed.file, t, language, date)
        : createReport(bank, file, t, language, date, { fingerprint });
    },
    docx: async () => {
      const { createDocx, createWorkshopDocx } = await import('../report/docx');
      return assessed
        ? createWorkshopDocx(bank, assessed.file, t, language, date)
        : createDocx(bank, file, t, language, date, { fingerprint });
    },
    ics: () => new TextEncoder().encode(ics?.text ?? ''),
    // Refused above without --units: one file has no units table.
    csv: () => new Uint8Array(),
  };
  const writes = [];
  for (const kind of outputKinds) {
    const path = outputs[kind];
    if (path !== undefined) writes.push({ path, data: new Uint8Array(await made[kind]()) });
  }
  const unwritten = writeAll(writes);
  if (unwritten !== undefined) return refuse(t('cli:file.unwritable', { file: unwritten }));
  const said = {
    json: 'cli:summary.saved',
    pdf: 'cli:summary.savedPdf',
    docx: 'cli:summary.savedDocx',
    ics: 'cli:summary.savedIcs',
    csv: 'cli:summary.savedCsv',
  } as const;
  for (const kind of outputKinds) {
    const count = kind === 'ics' ? { count: ics?.count } : {};
    if (outputs[kind] !== undefined) stdout += `\n${t(said[kind], { file: outputs[kind], ...count })}\n`;
  }
  return { code: 0, stdout, stderr };
}

runIfMain(import.meta.url, assessCommand);
