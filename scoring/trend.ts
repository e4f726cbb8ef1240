import type { ActionStatus } from '../questions/plan';
import { isDegree } from '../questions/scales';
import type { Bank } from '../questions/schema';
import { answerOf } from '../questions/visibility';
import { isContext } from './badness';
import { groupByName, withoutRepeats, type Assessment, type NamedGroup, type Repeat } from './collection';
import { scoreSections, shownScaleQuestions } from './score';
import type { Answers, ScoredKind } from './types';

/** How many of the largest moves each way a trend names. */
export const namedMoves = 3;

export interface TrendPoint {
  /** When the assessment was saved (ISO 8601), its place in the series. */
  date: string;
  value: number | null;
}

/** One area's score per assessment, in date order: a point for every assessment, null where it has no score. */
export interface SectionTrend {
  sectionId: string;
  kind: ScoredKind;
  points: TrendPoint[];
}

/**
 * How far two assessments next to each other in time can be compared: the questions with a degree answer in both,
 * of those with one in either (`share`, 0-1), and the bank versions when the files were made with different ones.
 */
export interface PairComparability {
  from: string;
  to: string;
  both: number;
  either: number;
  share: number;
  bankVersions?: [number, number];
}

/** An area's change from its first score in the series to its last. */
export interface Move {
  sectionId: string;
  kind: ScoredKind;
  from: number;
  to: number;
  change: number;
}

/** An action of an earlier plan: its status in each assessment whose plan has it, and whether the latest has it. */
export interface ActionHistory {
  id: string;
  title: string;
  statuses: { date: string; status: ActionStatus }[];
  stillPlanned: boolean;
}

export interface Trend {
  /** The organisation and unit, as the first file names them. */
  organisation: string;
  assessments: { label: string; date: string; bankVersion: number }[];
  trend: SectionTrend[];
  comparability: PairComparability[];
  moves: { better: Move[]; worse: Move[] };
  actions: ActionHistory[];
  repeats: Repeat[];
}

/** Why assessments cannot make a trend: too few, one without a date, or files of different organisations. */
export type TrendProblem =
  | { code: 'too-few'; count: number }
  | { code: 'no-date'; label: string }
  | { code: 'different-organisations'; groups: NamedGroup[] };

/** The organisation and unit a file is of, as one name: a trend follows one unit of one organisation. */
const organisationOf = (a: Assessment) => [a.file.answers['organisation-name'] ?? '', a.file.answers.unit ?? ''];

/** The scored questions (context items left out) this answer set gives a degree answer. */
const degreeAnswered = (bank: Bank, answers: Answers) =>
  new Set(
    bank.sections
      .filter((s) => s.kind !== 'profile')
      .flatMap((s) => shownScaleQuestions(s, answers))
      .filter((q) => !isContext(q) && isDegree(answerOf(answers, q.id) ?? ''))
      .map((q) => q.id),
  );

function comparabilityOf(a: Assessment, b: Assessment, answered: Map<Assessment, Set<string>>): PairComparability {
  const first = answered.get(a) ?? new Set<string>();
  const second = answered.get(b) ?? new Set<string>();
  const both = [...first].filter((id) => second.has(id)).length;
  const either = new Set([...first, ...second]).size;
  return {
    from: a.file.savedAt ?? '',
    to: b.file.savedAt ?? '',
    both,
    either,
    share: either === 0 ? 0 : both / either,
    ...(a.madeWith === b.madeWith ? {} : { bankVersions: [a.madeWith, b.madeWith] as [number, number] }),
  };
}

function movesOf(trend: readonly SectionTrend[]): Trend['moves'] {
  const moves = trend.flatMap((section): Move[] => {
    const values = section.points.flatMap((p) => (p.value === null ? [] : [p.value]));
    const [from, to] = [values[0], values.at(-1)];
    if (values.length < 2 || from === undefined || to === undefined) return [];
    return [{ sectionId: section.sectionId, kind: section.kind, from, to, change: to - from }];
  });
  // Lower barrier pressure and higher maturity are better; a move under half a point is no move.
  const gain = (m: Move) => (m.kind === 'maturity-area' ? m.change : -m.change);
  const largest = (sign: 1 | -1) =>
    moves
      .filter((m) => sign * gain(m) >= 0.5)
      .sort((a, b) => sign * (gain(b) - gain(a)))
      .slice(0, namedMoves);
  return { better: largest(1), worse: largest(-1) };
}

function actionsOf(series: readonly Assessment[]): ActionHistory[] {
  const latest = series[series.length - 1]?.file.plan ?? {};
  const ids = [...new Set(series.slice(0, -1).flatMap((a) => Object.keys(a.file.plan ?? {})))];
  return ids.map((id) => {
    const statuses = series.flatMap((a) => {
      const action = a.file.plan?.[id];
      return action ? [{ date: a.file.savedAt ?? '', status: action.status }] : [];
    });
    const title = [...series].reverse().find((a) => a.file.plan?.[id]?.title)?.file.plan?.[id]?.title ?? id;
    return { id, title, statuses, stillPlanned: latest[id] !== undefined };
  });
}

/**
 * Several assessments of one unit of one organisation in date order, whatever order they are given in: each area's
 * score per assessment (each file scored alone, as assess does), how comparable each pair next to each other is,
 * the largest moves both ways from first to last, and the status over time of every action in an earlier plan.
 * Files that repeat another are named and left out; two or more different assessments are needed, each with the
 * time it was saved, and all of one organisation and unit (else the refusal names each and its files).
 */
export function trendOf(
  bank: Bank,
  assessments: readonly Assessment[],
): { ok: true; trend: Trend } | { ok: false; problem: TrendProblem } {
  const undated = assessments.find((a) => !a.file.savedAt || Number.isNaN(Date.parse(a.file.savedAt)));
  if (undated) return { ok: false, problem: { code: 'no-date', label: undated.label } };
  const groups = groupByName(assessments, organisationOf);
  if (groups.length > 1) return { ok: false, problem: { code: 'different-organisations', groups } };
  const { kept, repeats } = withoutRepeats(assessments);
  if (kept.length < 2) return { ok: false, problem: { code: 'too-few', count: kept.length } };
  const dateOf = (a: Assessment) => a.file.savedAt ?? '';
  const series = [...kept].sort(
    (a, b) => Date.parse(dateOf(a)) - Date.parse(dateOf(b)) || a.label.localeCompare(b.label),
  );
  const scored = series.map((a) => ({ date: dateOf(a), scores: scoreSections(bank, a.file.answers) }));
  const answered = new Map(series.map((a) => [a, degreeAnswered(bank, a.file.answers)]));
  const trend = (scored[0]?.scores ?? [])
    .map((score, index) => ({
      sectionId: score.sectionId,
      kind: score.kind,
      points: scored.map(({ date, scores }) => ({ date, value: scores[index]?.value ?? null })),
    }))
    .filter((section) => section.points.some((p) => p.value !== null));
  return {
    ok: true,
    trend: {
      organisation: groups[0]?.name ?? '',
      assessments: series.map((a) => ({ label: a.label, date: dateOf(a), bankVersion: a.madeWith })),
      trend,
      comparability: series.slice(1).map((b, i) => comparabilityOf(series[i] ?? b, b, answered)),
      moves: movesOf(trend),
      actions: actionsOf(series),
      repeats,
    },
  };
}
