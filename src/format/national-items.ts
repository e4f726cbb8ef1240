import type { TFunction } from 'i18next';
import { sectorText } from './benchmark-text';
import { isShown, type Bank } from '../../questions';
import {
  nationalFigure,
  type Answers,
  type AssessmentResult,
  type National,
  type NationalSegment,
} from '../../scoring';

export interface NationalItem {
  id: string;
  label: string;
  national: National;
  /** The part of the national figure the answer is set beside, and its standing in words; absent without a degree. */
  segment?: NationalSegment;
  standing?: string;
  /** The same item in the organisation's own sector, in words, where the report gives a sector figure. */
  sectorNote?: string;
}

/**
 * The items of an area that are shown to the organisation and have a national figure, each with where the answer
 * stands: the rows of the national comparison on the results page and in the report.
 */
export function nationalItems(
  bank: Bank,
  answers: Answers,
  result: AssessmentResult,
  sectionId: string,
  t: TFunction,
): NationalItem[] {
  const positions = new Map(result.benchmarks.map((b) => [b.questionId, b]));
  const section = bank.sections.find((s) => s.id === sectionId);
  return (section?.questions ?? []).flatMap((q) => {
    if (q.type !== 'scale' || !q.benchmark || !isShown(q, answers)) return [];
    const position = positions.get(q.id);
    return [
      {
        id: q.id,
        label: t(`questions:${q.id}.short`),
        national: nationalFigure(q.benchmark),
        ...(position ? { segment: position.segment, standing: t(`app:verdict.standing.${position.standing}`) } : {}),
        ...(position?.sector ? { sectorNote: sectorText(position, t) } : {}),
      },
    ];
  });
}
