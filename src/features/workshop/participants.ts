import type { AnswersFile } from '../../../questions/answers';
import type { Participant } from '../../state/saved-participants';

export type { Participant };

/** The name a participant's answers give: who answered (the profile's "Navn eller rolle"), else the organisation, else the file's name. */
export const nameFromAnswers = (file: AnswersFile, fallback: string) =>
  file.answers.respondent?.trim() || file.answers['organisation-name']?.trim() || fallback;

export { isNamed } from '../../state/saved-participants';

/**
 * A file's content as one string, the same however the file orders its keys: its answers (among them who answered)
 * and when it was saved, to the second, then `|` and the milliseconds. Notes are left out: a QR code may carry the
 * same answers without them, and is still the same participant.
 */
export const fingerprint = (file: AnswersFile) => {
  const time = file.savedAt ? Date.parse(file.savedAt) : NaN;
  const second = Number.isNaN(time) ? '' : Math.floor(time / 1000);
  // The keys sorted as strings: sorting [key, value] pairs would turn every pair into a string at each comparison.
  const ids = Object.keys(file.answers).sort();
  return `${JSON.stringify([ids.map((id) => [id, file.answers[id]]), second])}|${Number.isNaN(time) ? '' : time % 1000}`;
};

// Worked out once per file, where it was read (often in the intake's worker): a repeat is then found without
// fingerprinting every participant again for each file or code that arrives.
const fingerprints = new WeakMap<AnswersFile, string>();

/** Keeps a file's fingerprint, worked out where the file was read. */
export const rememberFingerprint = (file: AnswersFile, known: string) => fingerprints.set(file, known);

const fingerprintOf = (file: AnswersFile) => {
  const known = fingerprints.get(file);
  if (known !== undefined) return known;
  const made = fingerprint(file);
  fingerprints.set(file, made);
  return made;
};

const toTheSecond = (print: string) => print.slice(0, print.lastIndexOf('|'));
/** Saved at a whole second, as a QR code gives the time: compared to the second only. */
const wholeSecond = (print: string) => print.endsWith('|0');

/**
 * Finds the participant a file or code repeats: the same content, including who answered and when, seen twice. Two
 * people who answer alike are two participants, even in the same second: files and links carry the time to the
 * millisecond. A QR code carries it to the second, so a code is compared to the second. Each participant is
 * fingerprinted once, so a thousand files at once take no longer than reading them.
 */
export function repeatFinder(participants: readonly Participant[]) {
  const exact = new Map<string, Participant>();
  const bySecond = new Map<string, Participant>();
  const codes = new Map<string, Participant>();
  const add = (participant: Participant) => {
    const print = fingerprintOf(participant.file);
    if (!exact.has(print)) exact.set(print, participant);
    if (!bySecond.has(toTheSecond(print))) bySecond.set(toTheSecond(print), participant);
    if (wholeSecond(print) && !codes.has(toTheSecond(print))) codes.set(toTheSecond(print), participant);
  };
  participants.forEach(add);
  return {
    find: (file: AnswersFile) => {
      const print = fingerprintOf(file);
      return exact.get(print) ?? (wholeSecond(print) ? bySecond : codes).get(toTheSecond(print));
    },
    add,
  };
}

/** The names that more than one participant has, compared as people read them (case and spaces aside). */
export function collidingNames(participants: readonly Participant[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of participants) seen.set(nameKey(p.name), (seen.get(nameKey(p.name)) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([key]) => key));
}

export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
