import type { AnswersFile } from '../../questions/answers';
import type { PlanAction } from '../../questions/plan';

/**
 * When each entry was last changed, in milliseconds: `answers/<id>`, `notes/<id>`, `targets/<id>`, `plan/<id>`, `route`, and
 * `reset` (the last "Start forfra"). An entry without a stamp is older than any change (saved before stamps).
 */
export type Stamps = Readonly<Record<string, number>>;

/** What is kept in the browser: the answers file, the step the user was on, and when each entry changed. */
export interface Saved {
  file: AnswersFile;
  route: string;
  stamps: Stamps;
}

export const savedFields = ['answers', 'notes', 'targets', 'plan'] as const;
/** One entry: an answer or note, a target, or a whole action of the plan (an action merges as one). */
export type Value = string | number | PlanAction | undefined;

/**
 * The later of two versions of one entry. On equal stamps (work saved before stamps, or the same millisecond) a
 * value beats none, then the larger value wins, so every tab picks the same one.
 */
function later(a: { value: Value; stamp: number }, b: { value: Value; stamp: number }) {
  if (a.stamp !== b.stamp) return a.stamp > b.stamp ? a : b;
  if (a.value === undefined || b.value === undefined) return a.value === undefined ? b : a;
  return JSON.stringify(a.value) >= JSON.stringify(b.value) ? a : b;
}

/**
 * Merges two tabs' (or two stores') saved work entry by entry: each answer, note, target, action and the route takes the
 * version changed last, and a "Start forfra" removes everything changed before it. Two tabs that change different
 * questions at the same moment therefore keep both changes, whichever saves last. Commutative, associative and
 * idempotent, so tabs that pass their work back and forth settle on the same state.
 */
export function mergeSaved(a: Saved, b: Saved): Saved {
  const reset = Math.max(a.stamps.reset ?? 0, b.stamps.reset ?? 0);
  const stamps: Record<string, number> = reset > 0 ? { reset } : {};
  const file: AnswersFile = { ...a.file, answers: {}, notes: {}, targets: {}, plan: {} };
  for (const field of savedFields) {
    const ids = new Set([
      ...Object.keys(a.file[field] ?? {}),
      ...Object.keys(b.file[field] ?? {}),
      ...[...Object.keys(a.stamps), ...Object.keys(b.stamps)]
        .filter((key) => key.startsWith(`${field}/`))
        .map((key) => key.slice(field.length + 1)),
    ]);
    const merged: Record<string, Value> = {};
    for (const id of ids) {
      const key = `${field}/${id}`;
      const pick = later(
        { value: a.file[field]?.[id], stamp: a.stamps[key] ?? 0 },
        { value: b.file[field]?.[id], stamp: b.stamps[key] ?? 0 },
      );
      if (reset > 0 && pick.stamp <= reset) continue;
      if (pick.stamp > 0) stamps[key] = pick.stamp;
      if (pick.value !== undefined) merged[id] = pick.value;
    }
    (file as unknown as Record<string, Record<string, Value>>)[field] = merged;
  }
  const route = later({ value: a.route, stamp: a.stamps.route ?? 0 }, { value: b.route, stamp: b.stamps.route ?? 0 });
  if (route.stamp > 0) stamps.route = route.stamp;
  const savedAt = [a.file.savedAt, b.file.savedAt]
    .filter((s): s is string => s !== undefined)
    .sort()
    .at(-1);
  return {
    file: { ...file, ...(savedAt ? { savedAt } : {}) },
    route: route.stamp > 0 && route.stamp <= reset ? '' : String(route.value ?? ''),
    stamps,
  };
}

/** True when two saved works hold the same answers, notes, targets, plan and route (the save time aside). */
export const sameWork = (a: Saved, b: Saved) =>
  a.route === b.route &&
  savedFields.every((field) => JSON.stringify(sorted(a.file[field])) === JSON.stringify(sorted(b.file[field])));

const sorted = (record: Readonly<Record<string, Value>> | undefined) =>
  Object.entries(record ?? {}).sort(([x], [y]) => (x < y ? -1 : 1));
