import type { AnswersFile } from '../../../questions/answers';
import type { Participant } from '../../state/saved-participants';

export type { Participant };

/** The name a participant's answers give: who answered (the profile's "Navn eller rolle"), else the organisation, else the file's name. */
export const nameFromAnswers = (file: AnswersFile, fallback: string) =>
  file.answers.respondent?.trim() || file.answers['organisation-name']?.trim() || fallback;

/** Whether anyone has said who this participant is: the answers' "Navn eller rolle", or a name given here. */
export const isNamed = (p: Participant) => (p.named === true || !!p.file.answers.respondent?.trim()) && !!p.name.trim();

/**
 * A file's answers and the second it was saved, the same however the file orders its keys. Notes are left out: a QR
 * code may carry the same answers without them, and is still the same participant.
 */
export const fingerprint = (file: AnswersFile) => {
  const saved = file.savedAt ? Math.round(Date.parse(file.savedAt) / 1000) : '';
  // The keys sorted as strings: sorting [key, value] pairs would turn every pair into a string at each comparison.
  const ids = Object.keys(file.answers).sort();
  return JSON.stringify([ids.map((id) => [id, file.answers[id]]), saved]);
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

/**
 * Finds the participant whose answers a file repeats (a file loaded twice would count one voice twice). Each
 * participant is fingerprinted once, so a thousand files at once take no longer than reading them.
 */
export function repeatFinder(participants: readonly Participant[]) {
  const seen = new Map(participants.map((p) => [fingerprintOf(p.file), p]));
  return {
    find: (file: AnswersFile) => seen.get(fingerprintOf(file)),
    add: (participant: Participant) => seen.set(fingerprintOf(participant.file), participant),
  };
}

/** The names that more than one participant has, compared as people read them (case and spaces aside). */
export function collidingNames(participants: readonly Participant[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of participants) seen.set(nameKey(p.name), (seen.get(nameKey(p.name)) ?? 0) + 1);
  return new Set([...seen].filter(([, count]) => count > 1).map(([key]) => key));
}

export const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
