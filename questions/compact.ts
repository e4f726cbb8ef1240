import { answersFormat } from './answers';
import { optionsOf } from './scales';
import type { Bank } from './schema';

/**
 * The answers in few enough characters for one QR code a laptop's camera can read off a phone: each choice by its
 * position in the bank, as one digit, in question order; the text answers (organisation, who answered) and the time
 * saved; the notes only if asked for. A typical participant needs about 150 characters against 4,000 as a file.
 *
 * `PARAT:1:<bank version>:<layout>:<saved, seconds base 36>:<digits>:<organisation>:<respondent>[:<notes JSON>]`
 *
 * A digit is 0 for no answer, else the option's place counted from 1. The layout is a hash of the question ids and
 * options in order, so a code made by a Parat whose bank has another order (even within one version) is refused
 * instead of read into the wrong questions.
 */
export const compactPrefix = 'PARAT:1:';

const choiceQuestions = (bank: Bank) => bank.sections.flatMap((s) => s.questions).filter((q) => q.type !== 'text');

/** FNV-1a over the ids and options in order, base 36: the same bank order gives the same layout. */
export function bankLayout(bank: Bank): string {
  const text = bank.sections
    .flatMap((s) => s.questions)
    .map((q) => `${q.id}=${optionsOf(q).join(',')}`)
    .join(';');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36);
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
    encodeURIComponent(file.answers['organisation-name'] ?? ''),
    encodeURIComponent(file.answers.respondent ?? ''),
  ];
  const noted = notes && file.notes && Object.keys(file.notes).length > 0;
  // Everything in ASCII, so no QR reader can take the bytes for another character set.
  const ascii = (json: string) =>
    json.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return compactPrefix + fields.join(':') + (noted ? `:${ascii(JSON.stringify(file.notes))}` : '');
}

/** Why a code could not be read: not one of Parat's, or made by a Parat whose question bank is laid out otherwise. */
export const compactProblems = ['not-parat', 'other-bank'] as const;
export type CompactProblem = (typeof compactProblems)[number];

/**
 * Reads a code back into an answers file, for the same checks as any imported file. Only the shape is checked here:
 * a digit outside a question's options becomes an answer the import then refuses.
 */
export function readCompact(
  text: string,
  bank: Bank,
): { ok: true; file: CompactFile } | { ok: false; problem: CompactProblem } {
  if (!text.startsWith(compactPrefix)) return { ok: false, problem: 'not-parat' };
  const [version, layout, saved, digits, organisation, respondent, ...rest] = text
    .slice(compactPrefix.length)
    .split(':');
  if (version !== String(bank.version) || layout !== bankLayout(bank)) return { ok: false, problem: 'other-bank' };
  const questions = choiceQuestions(bank);
  if (digits === undefined || respondent === undefined || !/^\d*$/.test(digits) || digits.length !== questions.length) {
    return { ok: false, problem: 'not-parat' };
  }
  const answers: Record<string, string> = {};
  questions.forEach((q, i) => {
    const place = Number(digits[i]);
    if (place > 0) answers[q.id] = optionsOf(q)[place - 1] ?? `option-${place}`;
  });
  let texts: Record<string, string>;
  let notes: unknown;
  try {
    texts = { 'organisation-name': decodeURIComponent(organisation ?? ''), respondent: decodeURIComponent(respondent) };
    notes = rest.length > 0 ? JSON.parse(rest.join(':')) : undefined;
  } catch {
    return { ok: false, problem: 'not-parat' };
  }
  for (const [id, value] of Object.entries(texts)) if (value) answers[id] = value;
  const seconds = parseInt(saved ?? '', 36);
  return {
    ok: true,
    file: {
      format: answersFormat,
      bankVersion: bank.version,
      ...(Number.isFinite(seconds) ? { savedAt: new Date(seconds * 1000).toISOString() } : {}),
      answers,
      ...(notes === undefined ? {} : { notes: notes as Record<string, string> }),
    },
  };
}
