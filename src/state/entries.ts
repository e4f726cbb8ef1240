/**
 * One side's version of one saved entry (an answer, a note, a target, a plan action): its value, when it was last
 * set whole (added, replaced or removed), and, for an entry whose value is an object, when each of its fields was
 * changed since. An object's fields are merged one by one, so two tabs that change two fields of one plan action at
 * the same moment keep both; any object-valued entry added later (an approval, evidence) is merged the same way.
 */
export interface Version {
  value: unknown;
  stamp: number;
  fields: Readonly<Record<string, number>>;
}

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with every object's keys sorted, so two versions that hold the same compare equal, in any key order. */
export const canonical = (value: unknown) =>
  JSON.stringify(value, (_key, inner: unknown) =>
    isObject(inner) ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : 1))) : inner,
  ) ?? '';

/** When a version last changed in any way. */
const lastChange = (version: Version) => Math.max(version.stamp, ...Object.values(version.fields));

/**
 * The later of two versions. On equal stamps (work saved before stamps, or the same millisecond) a value beats none,
 * then the larger value wins, so every tab picks the same one.
 */
function later<T extends { value: unknown; stamp: number }>(a: T, b: T): T {
  if (a.stamp !== b.stamp) return a.stamp > b.stamp ? a : b;
  if (a.value === undefined || b.value === undefined) return a.value === undefined ? b : a;
  return canonical(a.value) >= canonical(b.value) ? a : b;
}

/**
 * Merges two versions of one entry. Two objects are merged field by field, each field taking the version changed
 * last (a field set whole with its object counts as changed then). Otherwise the version changed last wins whole:
 * a change made after another tab removed an action brings the action back as the changing tab has it.
 * Commutative and idempotent. It is associative too, except where one tab removes an object that two others change
 * around that moment: which of their older field values come back then depends on the order of merging.
 */
export function mergeEntry(a: Version, b: Version): Version {
  if (!isObject(a.value) || !isObject(b.value)) {
    const last = { a: { value: a.value, stamp: lastChange(a) }, b: { value: b.value, stamp: lastChange(b) } };
    const pick = later(last.a, last.b) === last.a ? a : b;
    return pick.value === undefined ? { value: undefined, stamp: lastChange(pick), fields: {} } : pick;
  }
  const stamp = Math.max(a.stamp, b.stamp);
  const value: Fields = {};
  const fields: Record<string, number> = {};
  const keys = new Set([a.value, b.value, a.fields, b.fields].flatMap((record) => Object.keys(record)));
  for (const key of [...keys].sort()) {
    const pick = later(
      { value: a.value[key], stamp: Math.max(a.stamp, a.fields[key] ?? 0) },
      { value: b.value[key], stamp: Math.max(b.stamp, b.fields[key] ?? 0) },
    );
    if (pick.value !== undefined) value[key] = pick.value;
    if (pick.stamp > stamp) fields[key] = pick.stamp;
  }
  return { value, stamp, fields };
}

/** True when nothing in a version changed after `time` (a "Start forfra"). */
export const unchangedSince = (version: Version, time: number) => lastChange(version) <= time;

/**
 * One side's change of an entry, stamped. An object that was there before and is there after gets a stamp for each
 * field that changed and keeps its whole stamp; an entry added, removed or not an object is stamped whole, and
 * forgets its fields' stamps.
 */
export function changed(before: Version, value: unknown, stamp: number): Version {
  if (!isObject(before.value) || !isObject(value)) return { value, stamp, fields: {} };
  const fields = { ...before.fields };
  for (const key of new Set([...Object.keys(before.value), ...Object.keys(value)])) {
    if (canonical(before.value[key]) !== canonical(value[key])) fields[key] = stamp;
  }
  return { value, stamp: before.stamp, fields };
}
