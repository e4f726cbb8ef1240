import { bank, scaleOptions } from '../../questions';
import type { AnswersFile } from '../../questions/answers';
import type { Sector } from '../../questions/sectors';
import { peerRecord, type PeerRecord } from '../../scoring';

const questions = bank.sections.flatMap((s) => s.questions);

/** A generator of numbers in [0, 1) that gives the same series for the same seed. */
export const seeded = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

/**
 * An organisation's answers file with answers drawn from the seed: its name, unit, who answered, sector and size
 * as given, every choice and scale question answered, a note on some, a plan with one action, saved at `savedAt`.
 */
export function organisationFile(
  name: string,
  sector: Sector,
  size: string,
  seed: number,
  savedAt = '2026-10-14T09:31:07+02:00',
): AnswersFile {
  const next = seeded(seed);
  const answers: Record<string, string> = {
    'organisation-name': name,
    unit: `${name} enhed`,
    respondent: `${name} chef`,
  };
  for (const q of questions) {
    if (q.type === 'scale') answers[q.id] = scaleOptions[Math.floor(next() * scaleOptions.length)]!;
    if (q.type === 'choice') answers[q.id] = q.options[Math.floor(next() * q.options.length)]!;
  }
  return {
    format: 'parat-answers',
    bankVersion: bank.version,
    savedAt,
    answers: { ...answers, sector, size },
    notes: { 'cyber-mature': `${name} note` },
    plan: { [`own-${seed}`]: { title: `${name} plan`, areas: ['cybersecurity'], status: 'in-progress' } },
  };
}

/** The record a pack is made from, of an organisation file named after itself. */
export const recordOf = (file: AnswersFile) => peerRecord(bank, `${file.answers['organisation-name']}.json`, file);

/**
 * 25 municipalities (12 under 500 employees, 11 with 500-1,999, 2 with 10,000 or more), 5 regions and 3 state bodies,
 * each with its own answers.
 */
export function thirtyThree(): AnswersFile[] {
  const size = (i: number) => (i < 12 ? 'under-500' : i < 23 ? '500-1999' : '10000-plus');
  return [
    ...Array.from({ length: 25 }, (_, i) => organisationFile(`Kommune ${i + 1}`, 'municipality', size(i), i + 1)),
    ...Array.from({ length: 5 }, (_, i) => organisationFile(`Region ${i + 1}`, 'region', '10000-plus', 100 + i)),
    ...Array.from({ length: 3 }, (_, i) => organisationFile(`Styrelse ${i + 1}`, 'state', '500-1999', 200 + i)),
  ];
}

export type { PeerRecord };
