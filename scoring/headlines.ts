import type { AreaStanding, Verdict } from './verdict';
import type { SectionScore } from './types';

/** The maturity area that stands weakest beside the national figures, and on what. */
export interface WeakestArea {
  sectionId: string;
  value: number | null;
  /** Its rated items where the organisation is below most public organisations. */
  worse: string[];
  /** Its rated items set beside a national figure (better, level or worse). */
  compared: number;
}

/**
 * The findings a management summary opens with, as ids and numbers: the weakest maturity area beside the national
 * figures, the largest barrier (and the next ones the verdict names), and how much of the result rests on "Ved ikke".
 */
export interface Headlines {
  weakestArea?: WeakestArea;
  barriers: { state: Verdict['barrierState']; largest?: SectionScore; next: SectionScore[] };
  dontKnow: { count: number; total: number; mostly: boolean };
}

const compared = (area: AreaStanding) => area.better.length + area.level.length + area.worse.length;

/**
 * The weakest area is the one with the largest share of its compared items below most public organisations (IT i
 * praksis 2024-2025); with no area below most, the one with the lowest maturity index. Ties go to the lower index.
 * Areas with no item compared are left out: they say nothing against the national figures.
 */
export function weakestArea(areas: readonly AreaStanding[]): WeakestArea | undefined {
  const share = (area: AreaStanding) => area.worse.length / compared(area);
  const [weakest] = areas
    .filter((area) => compared(area) > 0)
    .sort((a, b) => share(b) - share(a) || (a.value ?? 101) - (b.value ?? 101));
  return weakest
    ? { sectionId: weakest.sectionId, value: weakest.value, worse: weakest.worse, compared: compared(weakest) }
    : undefined;
}

/** The headlines of a verdict: worded by the report's decision page. */
export function headlinesOf(verdict: Verdict): Headlines {
  const [largest, ...next] = verdict.barriers;
  const { answered, dontKnow } = verdict.basis;
  const weakest = weakestArea(verdict.areas);
  return {
    ...(weakest ? { weakestArea: weakest } : {}),
    barriers: { state: verdict.barrierState, ...(largest ? { largest } : {}), next },
    dontKnow: { count: dontKnow, total: answered + dontKnow, mostly: verdict.mostlyUnknown },
  };
}
