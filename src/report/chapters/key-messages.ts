import { headlinesOf, planProgress, type Headlines } from '../../../scoring';
import { scoreText } from '../../format/score-text';
import { verdictText } from '../../format/verdict-text';
import type { ReportInput } from '../input';
import { workshopMessages } from './workshop-messages';

const title = (input: ReportInput, sectionId: string) => input.t(`bank:sections.${sectionId}.title`);

/** The weakest maturity area beside the national figures, in a sentence that names the items below most. */
function weakestMessage(input: ReportInput, headlines: Headlines): string | undefined {
  const { t } = input;
  const area = headlines.weakestArea;
  if (!area) return undefined;
  if (area.worse.length === 0) {
    return t('report:decision.weakestLevel', { area: title(input, area.sectionId), score: scoreText(t, area) });
  }
  const named = area.worse.slice(0, 3).map((id) => t(`questions:${id}.short`));
  return t('report:decision.weakestWorse', {
    area: title(input, area.sectionId),
    count: area.worse.length,
    compared: area.compared,
    list:
      area.worse.length > named.length ? t('report:decision.andMore', { list: named.join(', ') }) : named.join(', '),
  });
}

/**
 * The largest barrier and the next large one, with how many more are large; or that none is large (below the
 * verdict's line), that none weighs, or that none was answered. A key message names two, not every tie.
 */
function barrierMessage(input: ReportInput, headlines: Headlines): string {
  const { t, verdict } = input;
  const { state, largest, next } = headlines.barriers;
  if (state === 'large' && largest) {
    const barrier = title(input, largest.sectionId);
    const score = scoreText(t, largest);
    const [second, ...more] = next;
    if (!second) return t('report:decision.largestBarrier', { barrier, score });
    const named = `${title(input, second.sectionId)} (${scoreText(t, second)})`;
    return more.length === 0
      ? t('report:decision.largestBarrierNext', { barrier, score, next: named })
      : t('report:decision.largestBarrierMore', {
          barrier,
          score,
          next: named,
          count: more.length,
          threshold: verdict.largePressure,
        });
  }
  if (state === 'small') return t('app:verdict.noLargeBarriers', { threshold: verdict.largePressure });
  if (state === 'unanswered') return t('app:results.summary.noBarrierAnswers');
  return t('app:results.summary.noBarriers');
}

/** What moved since the earlier assessment, and how much of its plan is done, when there is an earlier one. */
function progressMessage(input: ReportInput): string | undefined {
  const { comparison, t } = input;
  if (!comparison) return undefined;
  const moved = verdictText(input.verdict, t, comparison.earlierDate).change;
  const earlierPlan = comparison.earlier.plan ?? {};
  if (Object.keys(earlierPlan).length === 0) return moved;
  const progress = planProgress(earlierPlan, input.file.plan ?? {}, comparison.changes.sections);
  const done = t('plan:progress.done', {
    done: progress.filter((p) => p.status === 'done').length,
    total: progress.length,
  });
  return [moved, done].filter(Boolean).join(' ');
}

/** How much of the result rests on "Ved ikke", and, when the file has evidence, how much of it is documented. */
function basisMessage(input: ReportInput, headlines: Headlines): string {
  const { t, evidence } = input;
  const { count, total, mostly } = headlines.dontKnow;
  const basis = mostly
    ? t('app:results.summary.mostlyUnknown', { dontKnow: count, total })
    : count === 0
      ? t('report:decision.dontKnowNone', { count: total })
      : t('report:decision.dontKnowSome', { count, total, share: Math.round((100 * count) / Math.max(total, 1)) });
  if (!evidence) return basis;
  const documented = t('report:decision.evidence', { count: evidence.documented, answered: evidence.answered });
  return `${basis} ${documented}`;
}

/**
 * Three or four key messages, as sentences a director can repeat: in a workshop's report first what the meeting
 * agreed and left disputed, then the weakest area beside the national figures, the largest barrier, the progress
 * since the last assessment when there is one, and how much rests on "Ved ikke".
 */
export function keyMessages(input: ReportInput): string[] {
  const headlines = headlinesOf(input.verdict);
  return [
    ...workshopMessages(input),
    weakestMessage(input, headlines),
    barrierMessage(input, headlines),
    progressMessage(input),
    basisMessage(input, headlines),
  ].filter((message): message is string => message !== undefined && message !== '');
}
