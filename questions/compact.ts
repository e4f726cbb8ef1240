import { answersFormat, isRecord } from './answers';
import { fnv1a } from './hash';
import { optionsOf } from './scales';
import type { Bank } from './schema';
import { wellFormed } from './well-formed';

/**
 * The answers in few enough characters for one QR code a laptop's camera can read off a phone: each choice by its
 * position in the bank, as one digit, in question order; the text answers (organisation, who answered, unit) and the time
 * saved; the notes only if asked for. A typical participant needs about 150 characters against 4,000 as a file.
 *
 * `PARAT:1:<bank version>:<layout>:<saved, seconds base 36>:<digits>:<organisation>:<respondent>:<unit>[:<notes JSON>]`
 *
 * A digit is 0 for no answer, else the option's place counted from 1. The layout is a hash of the question ids and
 * options in order, so a code made by a Parat whose bank has another order (even within one version) is refused
 * instead of read into the wrong questions.
 */
export const compactPrefix = 'PARAT:1:';

const choiceQuestions = (bank: Bank) => bank.sections.flatMap((s) => s.questions).filter((q) => q.type !== 'text');

/** FNV-1a over the ids and options in order, base 36: the same bank order gives the same layout. */
export function bankLayout(bank: Bank): string {
  return fnv1a(
    bank.sections
      .flatMap((s) => s.questions)
      .map((q) => `${q.id}=${optionsOf(q).join(',')}`)
      .join(';'),
  );
}

/** The answers file the code carries: the parts a workshop uses. Targets and the plan stay in the file and link. */
export interface CompactFile {
  format: typeof answersFormat;
  bankVersion: number;
  savedAt?: string;
  answers: Record<string, string>;
  notes?: Record<string, string>;
}

export function compactAnswers(file: CompactFile, bank: Bank, { notes }: { notes: boolean }): string {
  const digits = choiceQuestions(bank)
    .map((q) => {
      const at = optionsOf(q).indexOf(file.answers[q.id] ?? '');
      return String(at + 1);
    })
    .join('');
  const saved = file.savedAt ? Math.round(Date.parse(file.savedAt) / 1000) : NaN;
  const fields = [
    String(bank.version),
    bankLayout(bank),
    Number.isFinite(saved) ? saved.toString(36) : '',
    digits,
    // Half a character (a lone surrogate, from a file made by hand) would make encodeURIComponent throw.
    encodeURIComponent(wellFormed(file.answers['organisation-name'] ?? '')),
    encodeURIComponent(wellFormed(file.answers.respondent ?? '')),
    encodeURIComponent(wellFormed(file.answers.unit ?? '')),
  ];
  const noted = notes && file.notes && Object.keys(file.notes).length > 0;
  // Everything in ASCII, so no QR reader can take the bytes for another character set.
  const ascii = (json: string) =>
    json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return compactPrefix + fields.join(':') + (noted ? `:${ascii(JSON.stringify(file.notes))}` : '');
}

/**
 * Why a code could not be read: not one of Parat's; made by a Parat whose question bank is laid out otherwise; one
 * of Parat's for this bank with a field no Parat writes (the time saved, the answers, a name or the notes); or one
 * with no answer to any question, as a phone shows before its owner has answered. That one is refused rather than
 * added: a participant who has said nothing would count in the group's "N deltagere" and lower every "X af N har
 * svaret" without moving a score, and the owner can answer and show the code again.
 */
export const compactProblems = [
  'not-parat',
  'other-bank',
  'bad-time',
  'bad-answers',
  'bad-name',
  'bad-notes',
  'no-answers',
] as const;
export type CompactProblem = (typeof compactProblems)[number];
export type CompactReading = { ok: true; file: CompactFile } | { ok: false; problem: CompactProblem };

/** The seconds the answers file's dates can name, years 0000 to 9999: beyond them no ISO date can be written. */
const firstSecond = Date.parse('0000-01-01T00:00:00Z') / 1000;
const lastSecond = Date.parse('9999-12-31T23:59:59Z') / 1000;

/** The time saved, as compactAnswers writes it: empty, or whole seconds in base 36 within those years. */
function readSaved(field: string): { savedAt?: string } | undefined {
  if (field === '') return {};
  const seconds = /^-?[0-9a-z]{1,9}$/.test(field) ? parseInt(field, 36) : NaN;
  return seconds >= firstSecond && seconds <= lastSecond
    ? { savedAt: new Date(seconds * 1000).toISOString() }
    : undefined;
}

const decoded = (field: string) => {
  try {
    return decodeURIComponent(field);
  } catch {
    // A lone % or half a character's bytes, as no Parat writes.
    return undefined;
  }
};

function readNotes(fields: readonly string[]): { notes?: Record<string, string> } | undefined {
  if (fields.length === 0) return {};
  try {
    const notes: unknown = JSON.parse(fields.join(':'));
    // Each note's text is checked by the import, as a file's is.
    return isRecord(notes) ? { notes: notes as Record<string, string> } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a code back into an answers file, for the same checks as any imported file. Only the shape is checked here:
 * a digit outside a question's options becomes an answer the import then refuses. Never throws: a code made by hand
 * to break the reader gets a reason, as a broken file does.
 */
export function readCompact(text: string, bank: Bank): CompactReading {
  if (!text.startsWith(compactPrefix)) return { ok: false, problem: 'not-parat' };
  const [version, layout, saved, digits, organisation, respondent, unit, ...rest] = text
    .slice(compactPrefix.length)
    .split(':');
  if (version !== String(bank.version) || layout !== bankLayout(bank)) return { ok: false, problem: 'other-bank' };
  if (
    saved === undefined ||
    digits === undefined ||
    organisation === undefined ||
    respondent === undefined ||
    unit === undefined
  ) {
    return { ok: false, problem: 'not-parat' };
  }
  const questions = choiceQuestions(bank);
  if (!/^\d*$/.test(digits) || digits.length !== questions.length) return { ok: false, problem: 'bad-answers' };
  const time = readSaved(saved);
  if (!time) return { ok: false, problem: 'bad-time' };
  const names = {
    'organisation-name': decoded(organisation),
    respondent: decoded(respondent),
    unit: decoded(unit),
  };
  if (Object.values(names).includes(undefined)) {
    return { ok: false, problem: 'bad-name' };
  }
  const notes = readNotes(rest);
  if (!notes) return { ok: false, problem: 'bad-notes' };
  if (/^0*$/.test(digits)) return { ok: false, problem: 'no-answers' };
  const answers: Record<string, string> = {};
  questions.forEach((q, i) => {
    const place = Number(digits[i]);
    if (place > 0) answers[q.id] = optionsOf(q)[place - 1] ?? `option-${place}`;
  });
  for (const [id, value] of Object.entries(names)) if (value) answers[id] = value;
  return { ok: true, file: { format: answersFormat, bankVersion: bank.version, ...time, answers, ...notes } };
}
