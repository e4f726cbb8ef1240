import type { TFunction } from 'i18next';
import { bank } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import type { PeerPack } from '../../questions/peer-pack-schema';
import type { WorkshopFile } from '../../questions/workshop-file';
import { assess, peerComparison } from '../../scoring';
import { organisationTitle } from '../format/organisation-title';
import { printable } from '../format/printable';
import type { ReportOptions } from '../report/model';
import { fileFingerprint } from './fingerprint';
import { peerLines } from './peer-pack-file';
import { calendarFile, recordsLines } from './records';
import { summaryText } from './summary';

/** What assess prints and can write for its files: the text, the JSON, and what a report is made of. */
export interface AssessOutput {
  stdout: string;
  stderr?: string;
  json: unknown;
  csv?: string;
  /** What the PDF and Word report are of: one file with what they show beside it, or a workshop. */
  report: { file: AnswersFile; options: ReportOptions } | { workshop: WorkshopFile };
  /** The plan's open deadlines as a calendar, and how many. */
  ics?: { text: string; count: number };
}

/**
 * One answers file, beside a peer pack if given: the summary, or only the fingerprint; the result as JSON; the
 * report's file and options; and the plan's calendar when asked for.
 */
export function singleResult(
  input: {
    file: AnswersFile;
    fingerprintOnly: boolean;
    pack?: { pack: PeerPack; notices: string[] } | undefined;
    /** Where the calendar goes, when asked for: a plan without an open deadline gives none, and is refused. */
    icsPath?: string;
  },
  t: TFunction,
  language: string,
): AssessOutput | { error: string } {
  const { file, pack } = input;
  const ics = input.icsPath === undefined ? undefined : calendarFile(file, input.icsPath, t, language);
  if (ics && 'error' in ics) return ics;
  const result = assess(bank, file.answers);
  const peers = pack && peerComparison(pack.pack, file.answers, result.scores);
  const fingerprint = fileFingerprint(file);
  const name = printable(organisationTitle(file.answers) ?? '', { singleLine: true });
  let stdout = input.fingerprintOnly
    ? `${fingerprint}\n`
    : summaryText(bank, file.answers, result, name, t, recordsLines(file, t, language));
  if (pack && peers && !input.fingerprintOnly) stdout += `\n${peerLines(pack.pack, peers, t, language).join('\n')}\n`;
  return {
    stdout,
    ...(pack ? { stderr: pack.notices.map((notice) => `${notice}\n`).join('') } : {}),
    json: peers ? { ...result, peers } : result,
    report: {
      file,
      options: { fingerprint, ...(pack ? { pack: pack.pack } : {}) },
    },
    ...(ics ? { ics } : {}),
  };
}
