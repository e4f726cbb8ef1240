import * as z from 'zod/mini';
import { scaleOptions } from './scales';
import { migrate, migrations, type Migration, type RawAnswersFile } from './migrations';
import { readPlan, type Plan, type PlanNotice } from './plan';
import { readRecords } from './records';
import type { Approval } from './approval';
import type { Evidence } from './evidence';
import type { RecordNotice } from './record-text';
import type { Bank, Question } from './schema';
import { repairTexts } from './well-formed';

/** The `format` field that marks a Parat answers file. */
export const answersFormat = 'parat-answers';

/** Longest note on one question, in characters. */
export const maxNoteLength = 10_000;

const valueSchema = (question: Question) => {
  switch (question.type) {
    case 'scale':
      return z.enum(scaleOptions);
    case 'choice':
      return z.enum(question.options as [string, ...string[]]);
    case 'text':
      return z.string().check(z.maxLength(question.maxLength));
  }
};

/**
 * The answers file, as the app saves and exports it and the CLI reads it: one optional answer per question id,
 * an optional note per question id, and nothing else.
 */
export function answersFileSchema(bank: Bank) {
  const cached = schemas.get(bank);
  if (cached) return cached;
  const schema = buildSchema(bank);
  schemas.set(bank, schema);
  return schema;
}

// Building the schema walks the whole bank; a workshop reads a thousand files against the same one.
const schemas = new WeakMap<Bank, ReturnType<typeof buildSchema>>();

function buildSchema(bank: Bank) {
  const questions = bank.sections.flatMap((s) => s.questions);
  const answers = Object.fromEntries(questions.map((q) => [q.id, z.optional(valueSchema(q))]));
  const targets = Object.fromEntries(
    bank.sections
      .filter((s) => s.kind === 'barrier-category' || s.kind === 'maturity-area')
      .map((s) => [s.id, z.optional(z.int().check(z.gte(0), z.lte(100)))]),
  );
  const notes = Object.fromEntries(
    questions.map((q) => [q.id, z.optional(z.string().check(z.maxLength(maxNoteLength)))]),
  );
  return z.strictObject({
    format: z.literal(answersFormat),
    bankVersion: z.literal(bank.version),
    savedAt: z.optional(z.iso.datetime({ offset: true })),
    answers: z.strictObject(answers),
    notes: z.optional(z.strictObject(notes)),
    targets: z.optional(z.strictObject(targets)),
  });
}

export type AnswersFile = {
  format: typeof answersFormat;
  bankVersion: number;
  savedAt?: string;
  answers: Record<string, string>;
  notes?: Record<string, string>;
  /** The organisation's own target per barrier category (highest pressure) and maturity area (lowest index). */
  targets?: Record<string, number>;
  /** The organisation's action plan, by action id. */
  plan?: Plan;
  /** Who approved the assessment and plan, when, and with what reservations. */
  approval?: Approval;
  /** What documents each answer: references by question id. */
  evidence?: Evidence;
};

/** Every reason an answers file can be refused, each with a sentence in both languages. */
export const answersProblemCodes = [
  'not-json',
  'wrong-format',
  'missing-version',
  'newer-version',
  'unknown-version',
  'unknown-ids',
  'invalid-value',
  'invalid-field',
] as const;

/** Why an answers file was refused. The UI and the CLI turn it into one sentence in the user's language. */
export type AnswersProblem =
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'missing-version' }
  | { code: 'unknown-version'; version: string }
  | { code: 'unknown-ids'; ids: string[] }
  | { code: 'invalid-value'; id: string }
  | { code: 'invalid-field'; field: string };

/**
 * `migratedFrom`: the file was made with that older bank version and has been brought up to this one; `reworded`:
 * the questions whose answers were left behind because the question now means something else; `repaired`: the
 * questions whose answer or note held half a character (a lone surrogate), now the replacement character.
 */
export type AnswersReading =
  | {
      ok: true;
      file: AnswersFile;
      migratedFrom?: number;
      reworded?: string[];
      repaired?: string[];
      planNotices?: PlanNotice[];
      recordNotices?: RecordNotice[];
    }
  | { ok: false; problem: AnswersProblem };

/** A JSON object: not null, not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const unknownKeys = (value: unknown, known: Set<string>) =>
  isRecord(value) ? Object.keys(value).filter((key) => !known.has(key)) : [];

/** The fields an answers file may have at its top level. */
const fileFields = new Set([
  'format',
  'bankVersion',
  'savedAt',
  'answers',
  'notes',
  'targets',
  'plan',
  'approval',
  'evidence',
]);

/** A value named in a message: short, and never the whole of a hostile structure. */
const described = (value: unknown) =>
  Array.isArray(value) ? '[…]' : isRecord(value) ? '{…}' : (JSON.stringify(value) ?? String(value)).slice(0, 40);

/**
 * Reads an answers file from text, checking in the order a person can act on: is it JSON, is it a Parat file,
 * is it from this bank version, are the ids known, are the values valid. A leading byte-order mark (as Windows
 * editors write) is ignored. Never throws: whatever a hostile file holds, the answer is a reason.
 */
export function readAnswersFile(text: string, bank: Bank, steps: readonly Migration[] = migrations): AnswersReading {
  try {
    return read(text.replace(/^\uFEFF/, ''), bank, steps);
  } catch {
    // Nothing known gets here (the tests put structures 100,000 deep and their own toString in every field): the
    // net that keeps a reader of outside input from ever throwing.
    return { ok: false, problem: { code: 'wrong-format' } };
  }
}

function read(text: string, bank: Bank, steps: readonly Migration[]): AnswersReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isRecord(data) || data.format !== answersFormat) return { ok: false, problem: { code: 'wrong-format' } };
  const version = data.bankVersion;
  if (version === undefined) return { ok: false, problem: { code: 'missing-version' } };
  const known = typeof version === 'number' && Number.isInteger(version);
  if (known && version > bank.version) return { ok: false, problem: { code: 'newer-version', version } };
  const unknownField = Object.keys(data).find((field) => !fileFields.has(field));
  if (unknownField !== undefined) {
    return { ok: false, problem: { code: 'invalid-field', field: unknownField.slice(0, 40) } };
  }
  const misshapen = (['answers', 'notes', 'targets'] as const).find(
    (field) => !isRecord(data[field]) && (field === 'answers' || data[field] !== undefined),
  );
  if (misshapen) return { ok: false, problem: { code: 'invalid-field', field: misshapen } };
  // Half a character is repaired, not refused: the rest of the text is the user's, and the preview says so.
  const { file: raw, repaired } = repairTexts(data as RawAnswersFile);
  const migrated = known && version >= 1 ? migrate(raw, version, bank.version, steps) : undefined;
  if (!migrated) {
    return { ok: false, problem: { code: 'unknown-version', version: described(version) } };
  }
  // A plan is kept whatever it holds, action by action, with a notice for each thing that had to change.
  const plan = migrated.file.plan === undefined ? undefined : readPlan(migrated.file.plan, bank);
  if (migrated.file.plan !== undefined && !plan)
    return { ok: false, problem: { code: 'invalid-field', field: 'plan' } };
  // An approval or evidence that cannot be read is left out with a notice; the answers are still read.
  const { approval, evidence, ...rest } = migrated.file;
  const records = readRecords({ approval, evidence }, bank);
  const checked = checkAnswers(plan ? { ...rest, plan: plan.plan } : rest, bank);
  if (!checked.ok) return checked;
  const kept = repaired.filter((id) => id in checked.file.answers || id in (checked.file.notes ?? {}));
  const reading = {
    ...checked,
    file: { ...checked.file, ...records.fields },
    ...(kept.length > 0 ? { repaired: kept } : {}),
    ...(plan?.notices.length ? { planNotices: plan.notices } : {}),
    ...(records.notices.length ? { recordNotices: records.notices } : {}),
  };
  if (version === bank.version) return reading;
  return {
    ...reading,
    migratedFrom: version as number,
    ...(migrated.dropped.length > 0 ? { reworded: migrated.dropped } : {}),
  };
}

function checkAnswers(data: RawAnswersFile, bank: Bank): AnswersReading {
  const ids = new Set(bank.sections.flatMap((s) => s.questions.map((q) => q.id)));
  const unknown = [...unknownKeys(data.answers, ids), ...unknownKeys(data.notes, ids)];
  if (unknown.length > 0) return { ok: false, problem: { code: 'unknown-ids', ids: [...new Set(unknown)] } };

  // The plan has been read by readPlan, which builds a valid one or refuses it; plan-schema.ts describes the same
  // format for the JSON Schema, and a property test holds the two together, so its zod schema need not load here.
  const { plan, ...rest } = data;
  const parsed = answersFileSchema(bank).safeParse(rest);
  if (parsed.success)
    return { ok: true, file: { ...(parsed.data as AnswersFile), ...(plan ? { plan: plan as Plan } : {}) } };
  const issue = parsed.error.issues[0];
  const [field, id] = issue?.path ?? [];
  if ((field === 'answers' || field === 'notes') && typeof id === 'string') {
    return { ok: false, problem: { code: 'invalid-value', id } };
  }
  return { ok: false, problem: { code: 'invalid-field', field: String(field ?? '') } };
}
