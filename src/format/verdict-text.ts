import type { TFunction } from 'i18next';
import type { AreaStanding, Verdict } from '../../scoring';
import { scoreText } from './score-text';

/** One maturity area beside the national figure, in words: its title and score, then its items by standing. */
export interface AreaText {
  sectionId: string;
  title: string;
  score: string;
  /** One sentence per standing with items in it, naming them; then the items not compared, if any. */
  sentences: string[];
}

/** The verdict in words, for the results page, the report, its print version and the command line alike. */
export interface VerdictText {
  /** Said first when the answers are mostly "Ved ikke": the result then says little, whatever its numbers. */
  caution?: string;
  barriers: string;
  areas: AreaText[];
  basis: string;
  /** What changed since an earlier assessment, when one is set beside this one. */
  change?: string;
}

const itemList = (ids: string[], t: TFunction) => ids.map((id) => t(`questions:${id}.short`)).join(', ');
/** "A", "A og B", "A, B og C". */
const andList = (items: string[], t: TFunction) =>
  items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')}${t('app:verdict.and')}${items.at(-1)}`;
const sectionList = (ids: string[], t: TFunction) => ids.map((id) => t(`bank:sections.${id}.title`)).join(', ');

function areaText(area: AreaStanding, t: TFunction): AreaText {
  const groups = [
    area.better.length > 0
      ? t('app:verdict.better', { count: area.better.length, list: itemList(area.better, t) })
      : undefined,
    // The items level with most are counted, not named: what a reader acts on is where they differ.
    area.level.length > 0 ? t('app:verdict.level', { count: area.level.length }) : undefined,
    area.worse.length > 0
      ? t('app:verdict.worse', { count: area.worse.length, list: itemList(area.worse, t) })
      : undefined,
    area.notCompared.length > 0 ? t('app:verdict.notCompared', { count: area.notCompared.length }) : undefined,
  ].filter((s): s is string => s !== undefined);
  const compared = area.better.length + area.level.length + area.worse.length + area.notCompared.length;
  return {
    sectionId: area.sectionId,
    title: t(`bank:sections.${area.sectionId}.title`),
    score: scoreText(t, area),
    sentences: compared === 0 ? [t('app:verdict.noNational')] : groups,
  };
}

/** An area's standing in counts ("bedre end de fleste på 5, på niveau på 3"), for summaries and tables. */
export const standingCountsText = (area: AreaStanding, t: TFunction): string =>
  (['better', 'level', 'worse'] as const)
    .filter((s) => area[s].length > 0)
    .map((s) => t('app:results.standingCount', { standing: t(`app:verdict.standing.${s}`), count: area[s].length }))
    .join(', ') || t('app:verdict.noNational');

/**
 * The verdict's first sentence: the large barriers, heaviest first; or, with none large, that there are none (or
 * none answered), followed by the weakest maturity area, which is then the organisation's story.
 */
function barrierText(verdict: Verdict, t: TFunction): string {
  if (verdict.barrierState === 'large') {
    return t('app:verdict.barriers', {
      count: verdict.barriers.length,
      list: verdict.barriers.map((s) => `${t(`bank:sections.${s.sectionId}.title`)} (${scoreText(t, s)})`).join(', '),
    });
  }
  const lead = {
    small: t('app:verdict.noLargeBarriers', { threshold: verdict.largePressure }),
    none: t('app:results.summary.noBarriers'),
    unanswered: t('app:results.summary.noBarrierAnswers'),
  }[verdict.barrierState];
  const weakest = verdict.areas.filter((a) => verdict.weakestAreas.includes(a.sectionId));
  const [first] = weakest;
  if (!first) return lead;
  const list = andList(
    weakest.map((a) => t(`bank:sections.${a.sectionId}.title`)),
    t,
  );
  // Tied areas have the same score as shown, so the first one's stands for all.
  return `${lead} ${t('app:verdict.weakest', { count: weakest.length, list, score: scoreText(t, first) })}`;
}

/** Words for a verdict; `earlierDate` is the date of the earlier assessment, already in the reader's format. */
export function verdictText(verdict: Verdict, t: TFunction, earlierDate?: string): VerdictText {
  const { answered, dontKnow, unanswered } = verdict.basis;
  const total = answered + dontKnow + unanswered;
  const { change } = verdict;
  return {
    ...(verdict.mostlyUnknown
      ? { caution: t('app:results.summary.mostlyUnknown', { dontKnow, total: answered + dontKnow }) }
      : {}),
    barriers: barrierText(verdict, t),
    areas: verdict.areas.map((area) => areaText(area, t)),
    basis:
      dontKnow === 0 && unanswered === 0
        ? t('app:verdict.basisAll', { count: answered })
        : [
            t('app:verdict.basisAnswered', { count: answered }),
            dontKnow > 0
              ? t('app:verdict.basisDontKnow', { count: dontKnow, share: Math.round((100 * dontKnow) / total) })
              : undefined,
            unanswered > 0 ? t('app:verdict.basisUnanswered', { count: unanswered }) : undefined,
          ]
            .filter(Boolean)
            .join(' '),
    ...(change
      ? {
          change: [
            t('app:verdict.since', { date: earlierDate ?? t('app:results.compare.unknownDate') }),
            change.better.length > 0
              ? t('app:verdict.changeBetter', { count: change.better.length, list: sectionList(change.better, t) })
              : undefined,
            change.worse.length > 0
              ? t('app:verdict.changeWorse', { count: change.worse.length, list: sectionList(change.worse, t) })
              : undefined,
            change.better.length === 0 && change.worse.length === 0 ? t('app:verdict.changeNone') : undefined,
          ]
            .filter(Boolean)
            .join(' '),
        }
      : {}),
  };
}
