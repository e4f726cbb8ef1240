import type { Bank } from './schema';

/** Where an action stands. `dropped` carries the reason the organisation gives. */
export const actionStatuses = ['not-started', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

/** Limits that keep a hand-edited or hostile plan from swamping the page, the PDF or the Word document. */
export const planLimits = { actions: 100, title: 300, responsible: 200, reason: 1000, note: 2000 } as const;

/** A calendar date as YYYY-MM-DD that exists: 2026-02-30 does not. */
export const isCalendarDate = (text: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * One action of the organisation's plan. An action taken from a recommendation keeps its id and the sections it
 * works towards (those whose answers triggered it), so a later assessment can show whether their scores moved.
 * Its zod schema, for the answers file and its JSON Schema, is in plan-schema.ts: this module has no zod, so the
 * pages that show a plan do not load it.
 */
export interface PlanAction {
  title: string;
  recommendation?: string;
  areas: string[];
  responsible?: string;
  /** YYYY-MM-DD, a date that exists. */
  deadline?: string;
  status: ActionStatus;
  reason?: string;
  note?: string;
}

/** The plan in the answers file: actions by id, each id a recommendation's or `own-…` for the organisation's own. */
export type Plan = Record<string, PlanAction>;

/** An action as the file keeps it: an optional field left empty is no field. */
export const withoutEmptyFields = ({ responsible, deadline, reason, note, ...rest }: PlanAction): PlanAction => ({
  ...rest,
  ...(responsible ? { responsible } : {}),
  ...(deadline ? { deadline } : {}),
  ...(reason ? { reason } : {}),
  ...(note ? { note } : {}),
});

/** An action id: kebab-case, as the bank's ids. */
export const isActionId = (id: string) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) && id.length <= 80;

/**
 * What reading a plan from a file changed, each worth a sentence to the user: nothing in a plan is dropped
 * silently. `unknown-recommendation`: the recommendation is no longer in the bank, so the action is kept as the
 * organisation's own; `odd-deadline`: the deadline is no date, so its text is moved to the note; `missing-title`,
 * `unknown-status`, `unknown-area`, `too-long`: filled in, reset or cut, naming the action; `not-text`: a text field
 * held a number or a structure, and is left out.
 */
export type PlanNotice =
  | { code: 'unknown-recommendation'; action: string; recommendation: string }
  | { code: 'odd-deadline'; action: string; deadline: string }
  | { code: 'missing-title'; action: string }
  | { code: 'unknown-status'; action: string; status: string }
  | { code: 'unknown-area'; action: string; area: string }
  | { code: 'too-long'; action: string; field: string }
  | { code: 'not-text'; action: string; field: 'responsible' | 'reason' | 'note' };

export const planNoticeCodes = [
  'unknown-recommendation',
  'odd-deadline',
  'missing-title',
  'unknown-status',
  'unknown-area',
  'too-long',
  'not-text',
] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text as the file holds it, or undefined: a number or a structure is no text. */
const textOf = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10_000) : undefined);

/**
 * A value as a notice names it: text as it is, other values as JSON writes them, a structure only as […] or {…}.
 * String() would call the file's own `toString` (`{"toString":1}` throws) or walk an array 6,000 deep until the
 * stack runs out, and the whole file would be refused for the wrong reason.
 */
const shown = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? '[…]' : isRecord(value) ? '{…}' : String(value);

/** The sections an action names, each one this bank does not have (or that is no id at all) with a notice. */
function readAreas(raw: unknown, action: string, sections: ReadonlySet<string>, notices: PlanNotice[]): string[] {
  if (raw === undefined) return [];
  const areas: string[] = [];
  for (const area of Array.isArray(raw) ? raw : [raw]) {
    if (typeof area === 'string' && sections.has(area)) areas.push(area);
    else notices.push({ code: 'unknown-area', action, area: shown(area).slice(0, 40) });
  }
  return areas;
}

/** Day-first dates as Danish offices write them (31-12-2026, 31/12/2026, 31.12.2026), read as the date they name. */
export function readDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (isCalendarDate(trimmed)) return trimmed;
  const [, day = '', month = '', year = ''] = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(trimmed) ?? [];
  if (!year) return undefined;
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

/**
 * Reads a plan from a file as it was written by hand or by an older or newer Parat, keeping every action and saying
 * what it had to change. Returns undefined when the plan is no plan at all (not an object, too many actions, an
 * action that is not an object, or an id that is no id): the caller refuses the file then, with a message.
 */
export function readPlan(raw: unknown, bank: Bank): { plan: Plan; notices: PlanNotice[] } | undefined {
  if (!isRecord(raw) || Object.keys(raw).length > planLimits.actions) return undefined;
  const known = {
    recommendations: new Set(bank.recommendations.map((r) => r.id)),
    sections: new Set(bank.sections.map((s) => s.id)),
  };
  const notices: PlanNotice[] = [];
  const plan: Plan = {};
  for (const [id, value] of Object.entries(raw)) {
    if (!isRecord(value) || !isActionId(id)) return undefined;
    plan[id] = readAction(id, value, known, notices);
  }
  return { plan, notices };
}

/** One action of a plan as readPlan reads it, with a notice for each thing it had to change. */
function readAction(
  id: string,
  value: Record<string, unknown>,
  known: { recommendations: ReadonlySet<string>; sections: ReadonlySet<string> },
  notices: PlanNotice[],
): PlanAction {
  const action: PlanAction = { title: '', areas: [], status: 'not-started' };
  const cut = (field: keyof typeof planLimits, text: string | undefined) => {
    if (text === undefined || text.trim() === '') return undefined;
    if (text.length <= planLimits[field]) return text;
    notices.push({ code: 'too-long', action: id, field });
    return text.slice(0, planLimits[field]);
  };

  const title = cut('title', textOf(value.title));
  if (title === undefined) notices.push({ code: 'missing-title', action: id });
  else action.title = title;

  const recommendation = textOf(value.recommendation);
  if (recommendation !== undefined && known.recommendations.has(recommendation)) {
    action.recommendation = recommendation;
  } else if (value.recommendation !== undefined) {
    notices.push({ code: 'unknown-recommendation', action: id, recommendation: shown(value.recommendation) });
  }

  action.areas = readAreas(value.areas, id, known.sections, notices);

  const status = textOf(value.status);
  if (actionStatuses.includes(status as ActionStatus)) action.status = status as ActionStatus;
  else if (value.status !== undefined) {
    notices.push({ code: 'unknown-status', action: id, status: shown(value.status).slice(0, 40) });
  }

  for (const field of ['responsible', 'reason', 'note'] as const) {
    if (value[field] !== undefined && typeof value[field] !== 'string')
      notices.push({ code: 'not-text', action: id, field });
  }
  const responsible = cut('responsible', textOf(value.responsible));
  if (responsible !== undefined) action.responsible = responsible;
  const reason = cut('reason', textOf(value.reason));
  if (reason !== undefined) action.reason = reason;

  let note = textOf(value.note);
  const deadlineText = value.deadline === undefined ? undefined : (textOf(value.deadline) ?? shown(value.deadline));
  if (deadlineText !== undefined && deadlineText.trim() !== '') {
    const deadline = readDate(deadlineText);
    if (deadline !== undefined) action.deadline = deadline;
    else {
      // Kept in the note, in the user's own words, for them to set as a date.
      notices.push({ code: 'odd-deadline', action: id, deadline: deadlineText.slice(0, 40) });
      note = note ? `${note}\n${deadlineText}` : deadlineText;
    }
  }
  const cutNote = cut('note', note);
  if (cutNote !== undefined) action.note = cutNote;
  return action;
}

/** An action's place in the plan: by deadline, those without one last, then by title. */
export const byDeadline = ([, a]: [string, PlanAction], [, b]: [string, PlanAction]) =>
  (a.deadline ?? '9999') < (b.deadline ?? '9999')
    ? -1
    : (a.deadline ?? '9999') > (b.deadline ?? '9999')
      ? 1
      : a.title.localeCompare(b.title);
