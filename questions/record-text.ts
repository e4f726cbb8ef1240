import { readDate } from './plan';
import { wellFormed } from './well-formed';

/**
 * What reading an approval or the evidence from a file changed, each worth a sentence to the user: nothing is
 * dropped, cut or cleaned silently. Without `question` the notice is about the approval, with it about the evidence
 * of that question. `unreadable`: the whole approval or evidence was no object and is left out (the answers are
 * kept); `wrong-type`: a number was read as text, anything else left out; `odd-date`: no date, left out
 * and quoted; `cleaned`: control characters removed, line breaks folded or half a character replaced; `unsafe-link`: a script or local link,
 * kept as text that is never opened.
 */
export type RecordNotice =
  | { code: 'unreadable'; part: 'approval' | 'evidence' }
  | { code: 'wrong-type'; question?: string; field: string }
  | { code: 'odd-date'; question?: string; date: string }
  | { code: 'too-long'; question?: string; field: string }
  | { code: 'cleaned'; question?: string; field: string }
  | { code: 'unknown-field'; question?: string; field: string }
  | { code: 'unknown-question'; question: string }
  | { code: 'too-many'; question: string; dropped: number }
  | { code: 'empty-reference'; question: string }
  | { code: 'unsafe-link'; question: string; scheme: string };

export const recordNoticeCodes = [
  'unreadable',
  'wrong-type',
  'odd-date',
  'too-long',
  'cleaned',
  'unknown-field',
  'unknown-question',
  'too-many',
  'empty-reference',
  'unsafe-link',
] as const;

/** Distributes Omit over a union, so a notice can be built without the fields its reader fills in. */
export type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

// C0 and C1 controls and the bidirectional overrides and isolates: what can hide or reverse what a text says.
const unsafe = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** A JSON object: not null, not an array. */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A text named in a notice: short, and without the characters that could hide or reverse what it says. */
export const quoted = (text: string) => text.replace(unsafe, '').slice(0, 40);

/**
 * One text field as a file holds it, read leniently: a string is kept, a number read as its text, anything else
 * left out; control characters are removed (and, unless the field may hold lines, line breaks and tabs folded
 * into spaces); the result is cut to `limit`. Each change is reported through `notice`.
 */
export function readText(
  value: unknown,
  field: string,
  limit: number,
  notice: (notice: { code: 'wrong-type' | 'too-long' | 'cleaned'; field: string }) => void,
  { lines = false } = {},
): string | undefined {
  if (value === undefined || value === null) return undefined;
  // A number is read as the text it was meant to be (a journal number, a year); anything else is no text.
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || text !== value) notice({ code: 'wrong-type', field });
  if (typeof text !== 'string') return undefined;
  // Windows line ends are line ends, not a change worth a notice.
  const normal = text.replace(/\r\n/g, '\n');
  // Half a character becomes U+FFFD, as in answers and notes: no link, file name or export can carry it.
  const clean = wellFormed(
    lines
      ? normal.replace(unsafe, (c) => (c === '\n' || c === '\t' ? c : ''))
      : normal.replace(/[\t\n]+/g, ' ').replace(unsafe, ''),
  );
  if (clean !== normal) notice({ code: 'cleaned', field });
  const trimmed = clean.trim();
  if (trimmed === '') return undefined;
  if (trimmed.length <= limit) return trimmed;
  notice({ code: 'too-long', field });
  return trimmed.slice(0, limit).trimEnd();
}

/** How a field of an object is read: a date, or text of at most `limit` characters, on one line unless `lines`. */
export type FieldRule = 'date' | { limit: number; lines?: boolean };

/**
 * The fields of an object as `rules` say, each read leniently (readText; a date as readDate reads it): what can be
 * read is kept, each change named through `notice`, including a date that is no date and a field the rules lack.
 */
export function readFields<F extends string>(
  item: Record<string, unknown>,
  rules: Readonly<Record<F, FieldRule>>,
  notice: (notice: Without<RecordNotice, 'question'>) => void,
): Partial<Record<F, string>> {
  const kept: Partial<Record<F, string>> = {};
  for (const field of Object.keys(item)) {
    const rule: FieldRule | undefined = (rules as Record<string, FieldRule>)[field];
    if (!rule) notice({ code: 'unknown-field', field: quoted(field) });
    const text =
      rule && readText(item[field], field, rule === 'date' ? 40 : rule.limit, notice, rule === 'date' ? {} : rule);
    const value = rule === 'date' && text !== undefined ? readDate(text) : text;
    if (rule === 'date' && text !== undefined && value === undefined) notice({ code: 'odd-date', date: quoted(text) });
    if (value !== undefined) kept[field as F] = value;
  }
  return kept;
}
