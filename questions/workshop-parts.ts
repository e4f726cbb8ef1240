import { isRecord, readAnswersFile } from './answers';
import { isDecisionAnswer, maxDecisionNote, type Decision, type Decisions } from './decisions';
import { isCalendarDate, readPlan, type Plan } from './plan';
import type { Bank } from './schema';
import { rewordedSince } from './workshop-migrations';
import type { WorkshopFile, WorkshopNotice, WorkshopParticipant } from './workshop-file';

/** Limits that keep a hand-edited or hostile workshop from swamping the page, the deck or the report. */
export const workshopLimits = { participants: 10_000, name: 300, role: 120, facilitator: 200 } as const;

/** The fields a workshop file may have at its top level; any other is ignored, with a notice. */
const knownFields = new Set([
  'format',
  'version',
  'bankVersion',
  'savedAt',
  'id',
  'name',
  'date',
  'facilitator',
  'showNames',
  'participants',
  'decisions',
  'plan',
]);

/** A workspace id as Parat makes them. */
const isWorkshopId = (value: unknown): value is string => typeof value === 'string' && /^[a-z0-9-]{1,80}$/.test(value);

/** Text cut to its limit, with a notice naming the field; undefined for no text or only spaces. */
function textField(value: unknown, limit: number, field: string, notices: WorkshopNotice[]): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  if (value.length <= limit) return value;
  notices.push({ code: 'too-long', field });
  return value.slice(0, limit);
}

/** The workshop's own fields: who, when, whether names show, and the plan; undefined when the plan is no plan. */
export function readWorkshopFields(
  data: Record<string, unknown>,
  bank: Bank,
  notices: WorkshopNotice[],
): Omit<WorkshopFile, 'format' | 'version' | 'bankVersion' | 'participants' | 'decisions'> | undefined {
  for (const field of Object.keys(data))
    if (!knownFields.has(field)) notices.push({ code: 'unknown-field', field: field.slice(0, 40) });
  let plan: Plan = {};
  if (data.plan !== undefined) {
    const read = readPlan(data.plan, bank);
    if (!read) return undefined;
    plan = read.plan;
    notices.push(...read.notices.map((notice) => ({ code: 'plan' as const, notice })));
  }
  const date = typeof data.date === 'string' ? data.date.trim() : undefined;
  if (data.date !== undefined && !(date && isCalendarDate(date)))
    notices.push({ code: 'odd-date', date: String(data.date).slice(0, 40) });
  const savedAt =
    typeof data.savedAt === 'string' && !Number.isNaN(Date.parse(data.savedAt)) ? data.savedAt : undefined;
  const facilitator = textField(data.facilitator, workshopLimits.facilitator, 'facilitator', notices);
  return {
    id: isWorkshopId(data.id) ? data.id : '',
    name: textField(data.name, workshopLimits.name, 'name', notices) ?? '',
    ...(savedAt ? { savedAt } : {}),
    ...(date && isCalendarDate(date) ? { date } : {}),
    ...(facilitator ? { facilitator } : {}),
    ...(data.showNames === true ? { showNames: true } : {}),
    plan,
  };
}

/**
 * The participants, each one's answers read as an imported file's are (and brought up to this bank version), in
 * their order; one that cannot be read is left out with the reason. Keys are unique, so each can be told apart.
 */
export function readParticipants(entries: unknown[], bank: Bank, notices: WorkshopNotice[]): WorkshopParticipant[] {
  const keys = new Set<string>();
  return entries.flatMap((entry, index) => {
    const number = index + 1;
    const { key, name, named, role, file } = isRecord(entry) ? entry : {};
    const reading = readAnswersFile(JSON.stringify(file ?? null), bank);
    if (!reading.ok) {
      notices.push({ code: 'participant-refused', number, problem: reading.problem.code });
      return [];
    }
    let unique = typeof key === 'string' && key !== '' && key.length <= 80 ? key : `p${number}`;
    if (keys.has(unique) || unique !== key) {
      if (keys.has(unique)) unique = `${unique}-${number}`;
      notices.push({ code: 'participant-key', number });
    }
    keys.add(unique);
    const given = textField(role, workshopLimits.role, 'role', notices);
    const participant: WorkshopParticipant = {
      key: unique,
      name: typeof name === 'string' ? (textField(name, workshopLimits.name, 'name', notices) ?? '') : '',
      ...(named === true ? { named: true } : {}),
      ...(given ? { role: given } : {}),
      file: reading.file,
    };
    return [participant];
  });
}

/**
 * The decisions on questions this bank asks on its answer scale. One on a question that is not there, or whose
 * meaning changed after the file's bank version, is dropped; an answer that is not one of the scale's (or
 * »uenige«) is dropped and its note kept. Each with a notice.
 */
export function readDecisions(raw: unknown, fileBank: number, bank: Bank, notices: WorkshopNotice[]): Decisions {
  if (!isRecord(raw)) return {};
  const scaled = new Set(bank.sections.flatMap((s) => s.questions.filter((q) => q.type === 'scale').map((q) => q.id)));
  const reworded = rewordedSince(fileBank, bank.version);
  const decisions: Decisions = {};
  for (const [question, value] of Object.entries(raw)) {
    const named = question.slice(0, 80);
    if (!scaled.has(question)) {
      notices.push({ code: 'decision-unknown-question', question: named });
      continue;
    }
    if (reworded.has(question)) {
      notices.push({ code: 'decision-reworded', question });
      continue;
    }
    const { answer, note } = isRecord(value) ? value : { answer: value, note: undefined };
    const decision: Decision = {};
    if (isDecisionAnswer(answer)) decision.answer = answer;
    else if (answer !== undefined)
      notices.push({ code: 'decision-unknown-answer', question, answer: String(answer).slice(0, 40) });
    const kept = textField(note, maxDecisionNote, 'note', notices);
    if (kept) decision.note = kept;
    if (decision.answer !== undefined || decision.note !== undefined) decisions[question] = decision;
  }
  return decisions;
}
