import { minimumFloor, packFormat, packVersion } from '../questions/peer-pack-format';
import type { PackArea, PackQuestion, PackSegment, PeerPack } from '../questions/peer-pack-schema';
import { scaleOptions } from '../questions/scales';
import type { Bank } from '../questions/schema';
import { sectors } from '../questions/sectors';
import { oneDecimal, quantile } from './quantiles';
import { scaleQuestionsOf, type PeerRecord } from './peer-record';

/** A file the pack does not count, and why: a repeat or another file of the same organisation, or no name or sector. */
export interface LeftOut {
  label: string;
  reason: 'repeat' | 'same-organisation' | 'no-name' | 'no-sector';
  /** The file that is counted instead. */
  instead?: string;
}

export type PackMakingProblem =
  | { code: 'bad-minimum'; minimum: number }
  | { code: 'too-few'; used: number; minimum: number }
  | { code: 'no-segments'; minimum: number };

const month = (iso: string | undefined) => (iso && /^\d{4}-\d{2}/.test(iso) ? iso.slice(0, 7) : undefined);
const sameAnswers = (a: PeerRecord, b: PeerRecord) =>
  a.savedAt === b.savedAt && a.answers.every((value, i) => value === b.answers[i]);

/** One record per organisation, the latest; files without a name or a sector are not counted, each named. */
function countable(records: readonly PeerRecord[]): { kept: PeerRecord[]; leftOut: LeftOut[] } {
  const latest = new Map<string, PeerRecord>();
  const leftOut: LeftOut[] = [];
  for (const record of records) {
    if (record.organisation === '') leftOut.push({ label: record.label, reason: 'no-name' });
    else if (!record.sector) leftOut.push({ label: record.label, reason: 'no-sector' });
    else {
      const other = latest.get(record.organisation);
      const newer = !other || Date.parse(record.savedAt ?? '') > Date.parse(other.savedAt ?? '');
      const [kept, dropped] = newer ? [record, other] : [other, record];
      latest.set(record.organisation, kept);
      if (dropped)
        leftOut.push({
          label: dropped.label,
          reason: sameAnswers(kept, dropped) ? 'repeat' : 'same-organisation',
          instead: kept.label,
        });
    }
  }
  return { kept: [...latest.values()], leftOut };
}

/** A segment's cells from its members: each area and question with at least `minimum` organisations in it. */
function cellsOf(bank: Bank, members: readonly PeerRecord[], minimum: number) {
  const sections = bank.sections.filter((s) => s.kind !== 'profile');
  const areas = sections.flatMap((section, index): PackArea[] => {
    const values = members.flatMap((m) => {
      const value = m.scores[index];
      return value === null || value === undefined ? [] : [value];
    });
    if (values.length < minimum) return [];
    values.sort((a, b) => a - b);
    const [q1, median, q3] = [0.25, 0.5, 0.75].map((p) => oneDecimal(quantile(values, p))) as [number, number, number];
    return [{ sectionId: section.id, n: values.length, q1, median, q3 }];
  });
  const questions = scaleQuestionsOf(bank).flatMap((question, index): PackQuestion[] => {
    // counts[0] is "not answered", counts[i] the scale's option i.
    const counts = new Array<number>(scaleOptions.length + 1).fill(0);
    for (const m of members) {
      const place = m.answers[index] ?? 0;
      counts[place] = (counts[place] ?? 0) + 1;
    }
    const n = members.length - (counts[0] ?? 0);
    if (n < minimum) return [];
    const shares = Object.fromEntries(
      scaleOptions.flatMap((option, i) => {
        const count = counts[i + 1] ?? 0;
        return count > 0 ? [[option, Math.round((100 * count) / n)]] : [];
      }),
    );
    return [{ questionId: question.id, n, shares }];
  });
  return { areas, questions };
}

/**
 * Leaves out what the sector's figures minus its size bands' would reveal: wherever the organisations of a sector
 * not in a published size band are more than none but fewer than the minimum (for the segment, or for one area or
 * question), the smallest size band (or its cell) is left out too, until the rest is none or at least the minimum.
 */
const withoutCell = (s: PackSegment, id: string): PackSegment => ({
  ...s,
  areas: s.areas.filter((a) => a.sectionId !== id),
  questions: s.questions.filter((q) => q.questionId !== id),
});

function suppressComplements(sector: PackSegment, sizes: PackSegment[], minimum: number): PackSegment[] {
  let published = [...sizes].sort((a, b) => a.n - b.n);
  const rest = () => sector.n - published.reduce((sum, s) => sum + s.n, 0);
  while (published.length > 0 && rest() > 0 && rest() < minimum) published = published.slice(1);
  const ids = [...sector.areas.map((a) => a.sectionId), ...sector.questions.map((q) => q.questionId)];
  for (const id of ids) {
    const cellN = (s: PackSegment) =>
      (s.areas.find((a) => a.sectionId === id) ?? s.questions.find((q) => q.questionId === id))?.n ?? 0;
    for (;;) {
      const holding = published.filter((s) => cellN(s) > 0).sort((a, b) => cellN(a) - cellN(b));
      const left = cellN(sector) - holding.reduce((sum, s) => sum + cellN(s), 0);
      if (holding.length === 0 || left === 0 || left >= minimum) break;
      published = published.map((s) => (s === holding[0] ? withoutCell(s, id) : s));
    }
  }
  return published;
}

/**
 * A peer pack from many organisations' records: per sector, and per sector and size band where that group is large
 * enough, each area's quartiles and median and each question's share giving each answer. No cell rests on fewer
 * than `minimum` organisations (at least 3), none can be read out by subtracting a size band from its sector, and
 * the pack holds no name, note, plan, or date finer than the month. Each organisation counts once (its latest file);
 * a file without a name or sector is not counted, and named. Refused from fewer than the minimum, or when no sector
 * has the minimum.
 */
export function makePeerPack(
  bank: Bank,
  records: readonly PeerRecord[],
  options: { minimum: number; madeIn: string; madeBy?: string },
): { ok: true; pack: PeerPack; leftOut: LeftOut[] } | { ok: false; problem: PackMakingProblem; leftOut: LeftOut[] } {
  const { minimum } = options;
  const { kept, leftOut } = countable(records);
  if (!Number.isInteger(minimum) || minimum < minimumFloor)
    return { ok: false, problem: { code: 'bad-minimum', minimum }, leftOut };
  if (kept.length < minimum) return { ok: false, problem: { code: 'too-few', used: kept.length, minimum }, leftOut };
  const sizes = bank.sections.flatMap((s) => s.questions).find((q) => q.id === 'size');
  const sizeOptions = sizes?.type === 'choice' ? sizes.options : [];
  const segments = sectors.flatMap((sector): PackSegment[] => {
    const members = kept.filter((r) => r.sector === sector);
    if (members.length < minimum) return [];
    const whole: PackSegment = { sector, n: members.length, ...cellsOf(bank, members, minimum) };
    const bands = sizeOptions.flatMap((size): PackSegment[] => {
      const inBand = members.filter((r) => r.size === size);
      return inBand.length < minimum ? [] : [{ sector, size, n: inBand.length, ...cellsOf(bank, inBand, minimum) }];
    });
    const published = suppressComplements(whole, bands, minimum);
    return [whole, ...sizeOptions.flatMap((size) => published.filter((s) => s.size === size))];
  });
  if (segments.length === 0) return { ok: false, problem: { code: 'no-segments', minimum }, leftOut };
  const months = kept.flatMap((r) => month(r.savedAt) ?? []).sort();
  const [from, to] = [months[0], months.at(-1)];
  return {
    ok: true,
    pack: {
      format: packFormat,
      version: packVersion,
      bankVersion: bank.version,
      ...(options.madeBy?.trim() ? { madeBy: options.madeBy.trim() } : {}),
      madeIn: options.madeIn,
      ...(from && to ? { period: { from, to } } : {}),
      files: kept.length,
      minimum,
      segments,
    },
    leftOut,
  };
}
