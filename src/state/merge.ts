import type { AnswersFile } from '../../questions/answers';
import type { EvidenceRef } from '../../questions/evidence';
import type { PlanAction } from '../../questions/plan';
import { canonical, changed, unchangedSince, mergeEntry, type Version } from './entries';

/**
 * When each entry was last changed, in milliseconds: `answers/<id>`, `notes/<id>`, `targets/<id>`, `plan/<id>`,
 * `approval/<field>` (each field of the approval an entry of its own), `evidence/<question id>` (a question's
 * references as one), `route`, and `reset` (the last "Start forfra"). A plan action's `plan/<id>` is when it was set whole (added, replaced or
 * removed), and `plan/<id>/<field>` when one of its fields was changed after that. An entry without a stamp is older
 * than any change (work saved before stamps is stamped with its save time when it is read).
 */
export type Stamps = Readonly<Record<string, number>>;

/** What is kept in the browser: the answers file, the step the user was on, and when each entry changed. */
export interface Saved {
  file: AnswersFile;
  route: string;
  stamps: Stamps;
}

export const savedFields = ['answers', 'notes', 'targets', 'plan', 'approval', 'evidence'] as const;
type SavedField = (typeof savedFields)[number];
/**
 * One entry: an answer or note, a target, an action of the plan (merged field by field), one field of the approval,
 * or the references of one question (a list, merged whole).
 */
export type Value = string | number | PlanAction | EvidenceRef[] | undefined;

/** One saved field of a file as entries by id (the approval's by field name). */
export const entriesOf = (file: AnswersFile, field: SavedField) =>
  (file[field] ?? {}) as Readonly<Record<string, Value>>;

/** The ids of `field`'s entries that have a stamp: `plan/<id>` and `plan/<id>/<field>` both name `<id>`. */
const stampedIds = (stamps: Stamps, field: SavedField) =>
  Object.keys(stamps).flatMap((key) => {
    const parts = key.split('/');
    return parts[0] === field && (parts.length === 2 || parts.length === 3) && parts[1] ? [parts[1]] : [];
  });

/** The stamps of each entry's fields, by the entry's key (`plan/<id>`). */
function fieldStamps(stamps: Stamps) {
  const byEntry = new Map<string, Record<string, number>>();
  for (const [key, stamp] of Object.entries(stamps)) {
    const [field, id, name, ...rest] = key.split('/');
    if (name === undefined || rest.length > 0) continue;
    const entry = `${field}/${id}`;
    const fields = byEntry.get(entry) ?? {};
    fields[name] = stamp;
    byEntry.set(entry, fields);
  }
  return byEntry;
}

const versionOf = (saved: Saved, field: SavedField, id: string, fields = fieldStamps(saved.stamps)): Version => ({
  value: entriesOf(saved.file, field)[id],
  stamp: saved.stamps[`${field}/${id}`] ?? 0,
  fields: fields.get(`${field}/${id}`) ?? {},
});

/** A version's stamps under its entry's key; a field's stamp is kept only where it is later than the whole's. */
function stampsOf(key: string, version: Version): Record<string, number> {
  const stamps: Record<string, number> = version.stamp > 0 ? { [key]: version.stamp } : {};
  for (const [name, stamp] of Object.entries(version.fields)) {
    if (stamp > version.stamp) stamps[`${key}/${name}`] = stamp;
  }
  return stamps;
}

/**
 * Merges two tabs' (or two stores') saved work entry by entry: each answer, note, target and the route takes the
 * version changed last, each plan action field by field (see `mergeEntry`), and a "Start forfra" removes everything
 * changed before it. Two tabs that change different questions, or different fields of one action, at the same moment
 * therefore keep both changes, whichever saves last. Commutative, associative and idempotent (but for an action
 * removed in one tab while two others change it), so tabs that pass their work back and forth settle on one state.
 */
export function mergeSaved(a: Saved, b: Saved): Saved {
  const reset = Math.max(a.stamps.reset ?? 0, b.stamps.reset ?? 0);
  const stamps: Record<string, number> = reset > 0 ? { reset } : {};
  const file: AnswersFile = { ...a.file, answers: {}, notes: {}, targets: {}, plan: {}, approval: {}, evidence: {} };
  const fields = [fieldStamps(a.stamps), fieldStamps(b.stamps)] as const;
  for (const field of savedFields) {
    const ids = new Set([
      ...Object.keys(entriesOf(a.file, field)),
      ...Object.keys(entriesOf(b.file, field)),
      ...stampedIds(a.stamps, field),
      ...stampedIds(b.stamps, field),
    ]);
    const merged: Record<string, unknown> = {};
    for (const id of ids) {
      const version = mergeEntry(versionOf(a, field, id, fields[0]), versionOf(b, field, id, fields[1]));
      if (reset > 0 && unchangedSince(version, reset)) continue;
      Object.assign(stamps, stampsOf(`${field}/${id}`, version));
      if (version.value !== undefined) merged[id] = version.value;
    }
    (file as unknown as Record<string, Record<string, unknown>>)[field] = merged;
  }
  const route = mergeEntry(
    { value: a.route, stamp: a.stamps.route ?? 0, fields: {} },
    { value: b.route, stamp: b.stamps.route ?? 0, fields: {} },
  );
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

/**
 * The saved work with one entry changed by this tab at `stamp`: an action's changed fields are stamped one by one
 * (see `changed`), so a merge keeps another tab's change to its other fields.
 */
export function withChange(saved: Saved, field: SavedField, id: string, value: Value, stamp: number): Saved {
  const key = `${field}/${id}`;
  const after = changed(versionOf(saved, field, id), value, stamp);
  const stamps = Object.fromEntries(
    Object.entries(saved.stamps).filter(([k]) => k !== key && !k.startsWith(`${key}/`)),
  );
  const entries = Object.entries({ ...saved.file[field], [id]: value }).filter(([, v]) => v !== undefined);
  return {
    ...saved,
    file: { ...saved.file, [field]: Object.fromEntries(entries) },
    stamps: { ...stamps, ...stampsOf(key, after) },
  };
}

/** True when two saved works hold the same entries and route (the save time aside). */
export const sameWork = (a: Saved, b: Saved) =>
  a.route === b.route &&
  savedFields.every((field) => canonical(a.file[field] ?? {}) === canonical(b.file[field] ?? {}));
