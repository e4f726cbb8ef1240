import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import type { PeerPack } from '../../questions/peer-pack-schema';
import { todayText } from '../format/locale';
import { type CommandOutput, parseCommandLine, refuse, runIfMain } from './command';
import { readPackFile } from './peer-pack-file';
import { readInputs, type Inputs } from './read-input';
import { seriesResult } from './series';
import { singleResult, type AssessOutput } from './single';
import { workshopResult } from './workshop-input';

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

/** Writes every output asked for, all or none, and says where each went; or names the one that cannot be written. */
async function writeOutputs(
  made: AssessOutput,
  outputs: Outputs,
  t: TFunction,
  language: string,
): Promise<{ said: string } | { error: string }> {
  const { report } = made;
  const date = todayText(language);
  // The report's modules (jsPDF, docx, the chapters) load only when a report is asked for: a summary starts faster.
  const make = {
    json: () => new TextEncoder().encode(`${JSON.stringify(made.json, null, 2)}\n`),
    pdf: async () => {
      const { createReport, createWorkshopReport } = await import('../report/create');
      return 'workshop' in report
        ? createWorkshopReport(bank, report.workshop, t, language, date)
        : createReport(bank, report.file, t, language, date, report.options);
    },
    docx: async () => {
      const { createDocx, createWorkshopDocx } = await import('../report/docx');
      return 'workshop' in report
        ? createWorkshopDocx(bank, report.workshop, t, language, date)
        : createDocx(bank, report.file, t, language, date, report.options);
    },
    ics: () => new TextEncoder().encode(made.ics?.text ?? ''),
    csv: () => new TextEncoder().encode(made.csv ?? ''),
  };
  const writes = [];
  for (const kind of outputKinds) {
    const path = outputs[kind];
    if (path !== undefined) writes.push({ path, data: new Uint8Array(await make[kind]()) });
  }
  const unwritten = writeAll(writes);
  if (unwritten !== undefined) return { error: t('cli:file.unwritable', { file: unwritten }) };
  const said = {
    json: 'cli:summary.saved',
    pdf: 'cli:summary.savedPdf',
    docx: 'cli:summary.savedDocx',
    ics: 'cli:summary.savedIcs',
    csv: 'cli:summary.savedCsv',
  } as const;
  return {
    said: outputKinds
      .filter((kind) => outputs[kind] !== undefined)
      .map(
        (kind) =>
          `\n${t(said[kind], { file: outputs[kind], ...(kind === 'ics' ? { count: made.ics?.count } : {}) })}\n`,
      )
      .join(''),
  };
}

/** What is wrong with the arguments, before any file is read: the modes, and the options each mode takes. */
function wrongArguments(
  values: Record<string, string | boolean | undefined>,
  files: number,
  series: 'trend' | 'units' | undefined,
  t: TFunction,
): string | undefined {
  const usage = t('cli:usage.assess');
  if (files === 0) return t('cli:argument.missingFile', { usage });
  if ([values.workshop, values.trend, values.units].filter(Boolean).length > 1)
    return t('cli:argument.oneMode', { usage });
  if (values.workshop && values.fingerprint) return t('cli:argument.fingerprintWorkshop');
  if (values.csv !== undefined && series !== 'units') return t('cli:argument.csvUnits', { usage });
  if (series && (values.ics !== undefined || values.fingerprint !== undefined)) return t('cli:argument.seriesReport');
  if (values.benchmark !== undefined && (series || values.workshop)) return t('cli:argument.benchmarkOne');
  return undefined;
}

/**
 * What the files make: a trend or units, a workshop (asked for, or a saved one given, which takes the answers files
 * in), or one answers file; or one line saying why not.
 */
function resultOf(
  values: Record<string, string | boolean | undefined>,
  series: 'trend' | 'units' | undefined,
  inputs: Inputs,
  pack: { pack: PeerPack; notices: string[] } | undefined,
  t: TFunction,
  language: string,
): AssessOutput | { error: string } {
  const { assessments, workshop } = inputs;
  const usage = t('cli:usage.assess');
  if (series && workshop) return { error: t('cli:argument.workshopSeries', { file: workshop.path, usage }) };
  if (series) return seriesResult(series, assessments, t, language);
  const files = assessments.map((a) => a.file);
  if (values.workshop || workshop) {
    const asked = { fingerprint: Boolean(values.fingerprint), ics: values.ics !== undefined, pack: Boolean(pack) };
    return workshopResult(workshop?.file, files, asked, t, language);
  }
  const [file] = files;
  if (!file || files.length > 1) return { error: t('cli:argument.tooManyFiles', { usage }) };
  const icsPath = typeof values.ics === 'string' ? values.ics : undefined;
  return singleResult(
    { file, fingerprintOnly: Boolean(values.fingerprint), pack, ...(icsPath ? { icsPath } : {}) },
    t,
    language,
  );
}

/**
 * `npm run assess -- FILE [FILE …] [--workshop | --trend | --units] [--benchmark PACK.json] [--lang da|en]
 * [--json OUT] [--pdf OUT.pdf] [--docx OUT.docx] [--ics OUT.ics] [--csv OUT.csv] [--fingerprint]`: scores an answers
 * file and prints a summary (or, with --fingerprint, only the SHA-256 fingerprint the report prints in its footer),
 * beside organisations like it with --benchmark; with --workshop, or a saved workshop file, combines participants'
 * files; with --trend or --units sets one organisation's files over time or its units side by side (--csv writes
 * the units' long table); --ics writes the plan's open deadlines as a calendar. Every argument is checked and every
 * file read before anything is written.
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
  const series = values.trend ? 'trend' : values.units ? 'units' : undefined;
  const wrong = wrongArguments(values, positionals.length, series, t);
  if (wrong) return refuse(wrong);
  const pack = typeof values.benchmark === 'string' ? readPackFile(values.benchmark, t) : undefined;
  if (pack && 'error' in pack) return refuse(pack.error);
  const outputs = checkOutputs(values, positionals, t);
  if ('error' in outputs) return refuse(outputs.error);

  const inputs = readInputs(positionals, t);
  if ('error' in inputs) return refuse(inputs.error);
  const made = resultOf(values, series, inputs, pack, t, language);
  if ('error' in made) return refuse(made.error);
  const written = await writeOutputs(made, outputs, t, language);
  if ('error' in written) return refuse(written.error);
  return { code: 0, stdout: made.stdout + written.said, stderr: inputs.stderr + (made.stderr ?? '') };
}

runIfMain(import.meta.url, assessCommand);
