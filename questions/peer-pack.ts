import { isRecord } from './answers';
import { migrations } from './migrations';
import { optionsOf } from './scales';
import { packMigrations, migratePack, type PackMigration } from './peer-pack-migrations';
import { packFormat, packVersion, PeerPackSchema, type PackSegment, type PeerPack } from './peer-pack-schema';
import type { Bank } from './schema';

export * from './peer-pack-schema';

/** Why a pack was refused, each with a sentence in both languages: one line, and nothing else is touched. */
export type PackProblem =
  | { code: 'not-json' }
  | { code: 'wrong-format' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-version' }
  | { code: 'invalid'; field: string }
  | { code: 'under-minimum'; minimum: number };

export const packProblemCodes = [
  'not-json',
  'wrong-format',
  'newer-version',
  'unknown-version',
  'invalid',
  'under-minimum',
] as const;

/**
 * What reading a pack changed, each said to the user: `other-bank`, made with another bank version, so only the
 * questions both banks have (and the areas whose questions kept their meaning) are compared, `questions` and `areas`
 * counting those left out; `unknown-ids`, ids this bank does not have, left out (a hand-edited pack); `migrated`, an
 * older pack format brought up to this one.
 */
export type PackNotice =
  | { code: 'other-bank'; bankVersion: number; questions: number; areas: number }
  | { code: 'unknown-ids'; ids: string[] }
  | { code: 'migrated'; from: number };

export type PackReading = { ok: true; pack: PeerPack; notices: PackNotice[] } | { ok: false; problem: PackProblem };

/** The questions whose meaning changed between two bank versions, from the answers file's migration steps. */
const rewordedBetween = (from: number, to: number) =>
  new Set(migrations.filter((m) => m.from >= from && m.from < to).flatMap((m) => m.reworded ?? []));

/** A cell under the pack's own minimum, or figures that cannot be (a cell of more than its segment, q1 > q3). */
function inconsistency(pack: PeerPack): PackProblem | undefined {
  for (const segment of pack.segments) {
    const cells = [segment, ...segment.areas, ...segment.questions];
    if (cells.some((cell) => cell.n < pack.minimum)) return { code: 'under-minimum', minimum: pack.minimum };
    if ([...segment.areas, ...segment.questions].some((cell) => cell.n > segment.n))
      return { code: 'invalid', field: 'n' };
    if (segment.areas.some((a) => a.q1 > a.median || a.median > a.q3)) return { code: 'invalid', field: 'median' };
  }
  return pack.files < pack.minimum ? { code: 'under-minimum', minimum: pack.minimum } : undefined;
}

/** Keeps the cells this bank can compare: ids it has, questions whose meaning held, areas resting only on those. */
function comparable(pack: PeerPack, bank: Bank): { segments: PackSegment[]; notices: PackNotice[] } {
  const reworded = rewordedBetween(Math.min(pack.bankVersion, bank.version), Math.max(pack.bankVersion, bank.version));
  const questionIds = new Set(
    bank.sections.flatMap((s) => s.questions.filter((q) => q.type === 'scale')).map((q) => q.id),
  );
  const areaIds = new Set(
    bank.sections.filter((s) => s.kind !== 'profile' && !s.questions.some((q) => reworded.has(q.id))).map((s) => s.id),
  );
  const size = bank.sections.flatMap((s) => s.questions).find((q) => q.id === 'size');
  const sizes = new Set(size ? optionsOf(size) : []);
  const left = new Set<string>();
  const leftAreas = new Set<string>();
  const leftQuestions = new Set<string>();
  const segments = pack.segments.flatMap((segment) => {
    if (segment.size !== undefined && !sizes.has(segment.size)) {
      left.add(segment.size);
      return [];
    }
    const areas = segment.areas.filter((a) => areaIds.has(a.sectionId));
    const questions = segment.questions.filter((q) => questionIds.has(q.questionId) && !reworded.has(q.questionId));
    for (const a of segment.areas) if (!areas.includes(a)) leftAreas.add(a.sectionId);
    for (const q of segment.questions) if (!questions.includes(q)) leftQuestions.add(q.questionId);
    return [{ ...segment, areas, questions }];
  });
  const notices: PackNotice[] = [];
  if (pack.bankVersion !== bank.version)
    notices.push({
      code: 'other-bank',
      bankVersion: pack.bankVersion,
      questions: leftQuestions.size,
      areas: leftAreas.size,
    });
  else for (const id of [...leftAreas, ...leftQuestions]) left.add(id);
  if (left.size > 0) notices.push({ code: 'unknown-ids', ids: [...left].slice(0, 10) });
  return { segments, notices };
}

/**
 * Reads a peer pack from text, checking in the order a person can act on: is it JSON, is it a pack, of a format
 * version this Parat reads, in the documented shape, with no cell under its own minimum. A pack of another bank
 * version is kept for the questions both banks have, and says so. Never throws.
 */
export function readPeerPack(
  text: string,
  bank: Bank,
  steps: readonly PackMigration[] = packMigrations,
  current = packVersion,
): PackReading {
  try {
    return read(text.replace(/^\uFEFF/, ''), bank, steps, current);
  } catch {
    return { ok: false, problem: { code: 'wrong-format' } };
  }
}

function read(text: string, bank: Bank, steps: readonly PackMigration[], current: number): PackReading {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isRecord(data) || data.format !== packFormat) return { ok: false, problem: { code: 'wrong-format' } };
  const version = data.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { code: 'unknown-version' } };
  if (version > current) return { ok: false, problem: { code: 'newer-version', version } };
  const migrated = migratePack(data, version, current, steps);
  if (!migrated) return { ok: false, problem: { code: 'unknown-version' } };
  const parsed = PeerPackSchema.safeParse(migrated);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // A field no pack has is named itself, so a pack that names an organisation says where.
    const keys = issue?.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
    const path = [...(issue?.path ?? []), ...keys].filter((p) => typeof p === 'string');
    return { ok: false, problem: { code: 'invalid', field: path.join('.').slice(0, 80) } };
  }
  const problem = inconsistency(parsed.data);
  if (problem) return { ok: false, problem };
  const { segments, notices } = comparable(parsed.data, bank);
  return {
    ok: true,
    pack: { ...parsed.data, segments },
    notices: [...(version < current ? [{ code: 'migrated' as const, from: version }] : []), ...notices],
  };
}
