import { isRecord, type AnswersFile, type AnswersProblem } from './answers';
import type { Decisions } from './decisions';
import type { Plan, PlanNotice } from './plan';
import type { Bank } from './schema';
import { readDecisions, readParticipants, readWorkshopFields, workshopLimits } from './workshop-parts';

export { workshopLimits };
import { migrateWorkshop, workshopMigrations, type WorkshopMigration } from './workshop-migrations';

/** The `format` field that marks a Parat workshop file. */
export const workshopFormat = 'parat-workshop';

/** Version of the workshop file's own format; each participant's answers file inside carries its bank version. */
export const workshopVersion = 1;

/**
 * One participant: the answers they sent, the name they are known by here (from their answers, the words beside
 * their link, or typed by the facilitator) and, when given, their role (»ledelse«, »it« or the facilitator's words).
 */
export interface WorkshopParticipant {
  key: string;
  name: string;
  /** The name was given here (beside a link, typed, or a rename), not taken from the answers. */
  named?: boolean;
  role?: string;
  file: AnswersFile;
}

/**
 * A workshop as a workspace of its own: who held it for which organisation and when, the participants, what the
 * group decided question by question, and the shared plan. Saved in the browser and as a file in this format.
 */
export interface WorkshopFile {
  format: typeof workshopFormat;
  version: number;
  /** The bank version the decisions' question ids belong to. */
  bankVersion: number;
  savedAt?: string;
  /** The workspace's id in the browser that saved it. */
  id: string;
  /** The organisation, or what the facilitator calls the workshop. */
  name: string;
  /** YYYY-MM-DD. */
  date?: string;
  facilitator?: string;
  /** Participants are shown by name only when the facilitator turns this on; »Deltager 1 …« otherwise. */
  showNames?: boolean;
  participants: WorkshopParticipant[];
  decisions: Decisions;
  plan: Plan;
}

/**
 * Everything reading a workshop had to change, each worth a sentence to the user: nothing is dropped silently.
 * A participant whose answers cannot be read is left out (`participant-refused`, with the answers file's reason);
 * a decision on a question not in the bank, or one whose meaning has changed since, is dropped.
 */
export type WorkshopNotice =
  | { code: 'unknown-field'; field: string }
  | { code: 'too-long'; field: string }
  | { code: 'odd-date'; date: string }
  | { code: 'participant-refused'; number: number; problem: AnswersProblem['code'] }
  | { code: 'participant-key'; number: number }
  | { code: 'decision-unknown-question'; question: string }
  | { code: 'decision-reworded'; question: string }
  | { code: 'decision-unknown-answer'; question: string; answer: string }
  | { code: 'plan'; notice: PlanNotice };

export const workshopNoticeCodes = [
  'unknown-field',
  'too-long',
  'odd-date',
  'participant-refused',
  'participant-key',
  'decision-unknown-question',
  'decision-reworded',
  'decision-unknown-answer',
  'plan',
] as const;

/** Why a workshop file was refused outright. */
export type WorkshopProblem =
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-version' }
  | { code: 'invalid-field'; field: string };

export const workshopProblemCodes = [
  'not-json',
  'wrong-format',
  'newer-version',
  'unknown-version',
  'invalid-field',
] as const;

export type WorkshopReading =
  { ok: true; file: WorkshopFile; notices: WorkshopNotice[] } | { ok: false; problem: WorkshopProblem };

/**
 * Reads a workshop file (or a workshop kept in the browser) leniently: what is not a workshop at all is refused with
 * a reason; otherwise every participant, decision and action that can be read is kept, and each change is named.
 * A leading byte-order mark is ignored. Never throws, whatever the text. With `participants: false` the participants
 * are left for the caller to read (a thousand of them are read off the page, in the intake's worker).
 */
export function readWorkshopFile(
  text: string,
  bank: Bank,
  steps: readonly WorkshopMigration[] = workshopMigrations,
  { participants = true }: { participants?: boolean } = {},
): WorkshopReading {
  try {
    return read(text.replace(/^\uFEFF/, ''), bank, steps, participants);
  } catch {
    // Only a structure deep enough to exhaust the stack gets here.
    return { ok: false, problem: { code: 'wrong-format' } };
  }
}

/** The format version of parsed data: 0 for the participants list an earlier Parat kept, undefined for neither. */
function versionOf(data: Record<string, unknown>): number | undefined {
  if (data.format === workshopFormat) return typeof data.version === 'number' ? data.version : NaN;
  const legacy = data.format === undefined && data.version === 1 && Array.isArray(data.participants);
  return legacy ? 0 : undefined;
}

function read(
  text: string,
  bank: Bank,
  steps: readonly WorkshopMigration[],
  withParticipants: boolean,
): WorkshopReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isRecord(data)) return { ok: false, problem: { code: 'wrong-format' } };
  const version = versionOf(data);
  if (version === undefined) return { ok: false, problem: { code: 'wrong-format' } };
  if (version > workshopVersion) return { ok: false, problem: { code: 'newer-version', version } };
  const migrated = Number.isInteger(version)
    ? migrateWorkshop(data, version, workshopVersion, bank.version, steps)
    : undefined;
  if (!migrated) return { ok: false, problem: { code: 'unknown-version' } };
  const bankVersion = migrated.bankVersion;
  if (typeof bankVersion !== 'number' || !Number.isInteger(bankVersion))
    return { ok: false, problem: { code: 'invalid-field', field: 'bankVersion' } };
  if (bankVersion > bank.version) return { ok: false, problem: { code: 'newer-version', version: bankVersion } };
  if (!Array.isArray(migrated.participants) || migrated.participants.length > workshopLimits.participants)
    return { ok: false, problem: { code: 'invalid-field', field: 'participants' } };

  const notices: WorkshopNotice[] = [];
  const fields = readWorkshopFields(migrated, bank, notices);
  if (!fields) return { ok: false, problem: { code: 'invalid-field', field: 'plan' } };
  const file: WorkshopFile = {
    format: workshopFormat,
    version: workshopVersion,
    bankVersion: bank.version,
    ...fields,
    participants: withParticipants ? readParticipants(migrated.participants, bank, notices) : [],
    decisions: readDecisions(migrated.decisions, bankVersion, bank, notices),
  };
  return { ok: true, file, notices };
}
