import type { Bank } from '../questions/schema';
import { assess } from './assess';
import { groupByName, nameKey, withoutRepeats, type Assessment, type NamedGroup, type Repeat } from './collection';
import type { ScoredKind } from './types';
import { verdictOf } from './verdict';

/** How many of the areas where units differ most are named. */
export const namedDifferences = 3;

/** A maturity area's rated items beside the national figure, counted by standing. */
export interface UnitStanding {
  sectionId: string;
  better: number;
  level: number;
  worse: number;
}

/** One unit's assessment: its scores, and its standing against the national figures per maturity area. */
export interface UnitScores {
  unit: string;
  label: string;
  date?: string;
  scores: { sectionId: string; value: number | null }[];
  standing: UnitStanding[];
}

/** An area where units differ: the spread between the highest and the lowest unit's score. */
export interface UnitDifference {
  sectionId: string;
  kind: ScoredKind;
  spread: number;
  highest: { unit: string; value: number };
  lowest: { unit: string; value: number };
}

/** A unit given by more than one file: the latest is used, and the others are named. */
export interface Replaced {
  label: string;
  unit: string;
  by: string;
}

export interface UnitsComparison {
  organisation: string;
  units: UnitScores[];
  differences: UnitDifference[];
  repeats: Repeat[];
  replaced: Replaced[];
}

export type UnitsProblem = { code: 'too-few'; count: number } | { code: 'other-organisations'; groups: NamedGroup[] };

/**
 * The unit a file is of: its profile's unit. A file that names none is of the organisation as a whole, and goes by
 * its name, so two such files are one unit at two times (a trend), not two units; with no name either, it goes by
 * what the file is known by.
 */
const unitOf = (a: Assessment) => a.file.answers.unit?.trim() || a.file.answers['organisation-name']?.trim() || a.label;
const savedTime = (a: Assessment) => Date.parse(a.file.savedAt ?? '') || 0;

/** The latest file of each unit, and the earlier ones named: a unit is one column, not one per file. */
function latestPerUnit(assessments: readonly Assessment[]) {
  const latest = new Map<string, Assessment>();
  for (const a of assessments) {
    const key = nameKey(unitOf(a));
    const other = latest.get(key);
    if (!other || savedTime(a) > savedTime(other)) latest.set(key, a);
  }
  const kept = [...latest.values()];
  const replaced = assessments
    .filter((a) => !kept.includes(a))
    .map((a) => ({ label: a.label, unit: unitOf(a), by: latest.get(nameKey(unitOf(a)))?.label ?? '' }));
  return { kept, replaced };
}

function unitScores(bank: Bank, a: Assessment): UnitScores {
  const result = assess(bank, a.file.answers);
  return {
    unit: unitOf(a),
    label: a.label,
    ...(a.file.savedAt ? { date: a.file.savedAt } : {}),
    scores: result.scores.map((s) => ({ sectionId: s.sectionId, value: s.value })),
    standing: verdictOf(bank, a.file.answers, result).areas.map((area) => ({
      sectionId: area.sectionId,
      better: area.better.length,
      level: area.level.length,
      worse: area.worse.length,
    })),
  };
}

function differencesOf(bank: Bank, units: readonly UnitScores[]): UnitDifference[] {
  return bank.sections
    .filter((section) => section.kind !== 'profile')
    .flatMap((section): UnitDifference[] => {
      const scored = units.flatMap((u) => {
        const value = u.scores.find((s) => s.sectionId === section.id)?.value;
        return value === null || value === undefined ? [] : [{ unit: u.unit, value }];
      });
      if (scored.length < 2) return [];
      const highest = scored.reduce((a, b) => (b.value > a.value ? b : a));
      const lowest = scored.reduce((a, b) => (b.value < a.value ? b : a));
      const kind = section.kind as ScoredKind;
      return [{ sectionId: section.id, kind, spread: highest.value - lowest.value, highest, lowest }];
    })
    .filter((d) => d.spread >= 0.5)
    .sort((a, b) => b.spread - a.spread)
    .slice(0, namedDifferences);
}

/** The bank's scored areas, in its order, that at least one of the units has a score for: the rows of their table. */
export const scoredSections = (bank: Bank, units: readonly UnitScores[]) =>
  bank.sections.filter(
    (s) => s.kind !== 'profile' && units.some((u) => u.scores.some((x) => x.sectionId === s.id && x.value !== null)),
  );

/**
 * Several units of one organisation side by side, in any order given: each unit's scores (each file scored alone,
 * never merged into one answer as a workshop is), its standing against the national figures per maturity area, and
 * the areas where units differ most. Files that repeat another are named and left out; a unit given by several files
 * is the latest, the others named. Refused when the files name other organisations (naming each and its files) or
 * when fewer than two units remain.
 */
export function compareUnits(
  bank: Bank,
  assessments: readonly Assessment[],
): { ok: true; comparison: UnitsComparison } | { ok: false; problem: UnitsProblem } {
  // Each organisation's files named with their units, which are what the comparison is of.
  const named = (a: Assessment) => (a.file.answers.unit?.trim() ? `${unitOf(a)} (${a.label})` : a.label);
  const groups = groupByName(assessments, (a) => [a.file.answers['organisation-name'] ?? ''], named);
  if (groups.length > 1) return { ok: false, problem: { code: 'other-organisations', groups } };
  const { kept, repeats } = withoutRepeats(assessments);
  const { kept: latest, replaced } = latestPerUnit(kept);
  if (latest.length < 2) return { ok: false, problem: { code: 'too-few', count: latest.length } };
  const units = latest.map((a) => unitScores(bank, a)).sort((a, b) => a.unit.localeCompare(b.unit, 'da'));
  return {
    ok: true,
    comparison: {
      organisation: groups[0]?.name ?? '',
      units,
      differences: differencesOf(bank, units),
      repeats,
      replaced,
    },
  };
}
