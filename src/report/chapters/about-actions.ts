import { firstSteps, type RecommendationResult } from '../../../scoring';
import { recommendationText } from '../../format/recommendation-text';
import type { Block, Chapter } from '../blocks';
import { actionOf, isOpen, type ReportInput } from '../input';
import { fingerprintLine, sourceLines } from './method';
import { recommendationTitle, whyLabel } from './recommendations';

/** How many of a recommendation's reasons the short description gives: the heaviest ones. */
const reasons = 3;

/** One recommendation in short: what Parat suggests doing, the heaviest answers behind it, and its source. */
function described(input: ReportInput, r: RecommendationResult, number?: number): Block[] {
  const { t } = input;
  const text = recommendationText(r, t, input.sector);
  const title = recommendationTitle(input, r);
  return [
    { kind: 'heading', text: number === undefined ? title : `${number}. ${title}` },
    { kind: 'paragraph', label: text.suggestionLabel, text: text.action },
    { kind: 'paragraph', text: whyLabel(input, text.whyLabel), style: 'strong' },
    { kind: 'bullets', items: text.why.slice(0, reasons) },
    { kind: 'paragraph', text: [r.label, text.source].filter(Boolean).join(' · '), style: 'muted' },
  ];
}

/**
 * For the Word document, which has no recommendation chapters: the open actions taken from a recommendation, under
 * the plan's numbers and titles, and the first recommendations not in the plan; without a plan, the first steps.
 */
export function aboutActionsChapter(input: ReportInput): Chapter | undefined {
  const { t, actions, result } = input;
  const ranked = result.recommendations.slice(0, firstSteps);
  const blocks =
    actions.length > 0
      ? [
          ...actions.filter(isOpen).flatMap((a) => {
            const r = result.recommendations.find((rec) => rec.id === a.action.recommendation);
            return r ? described(input, r, a.number) : [];
          }),
          ...ranked.filter((r) => !actionOf(input, r)).flatMap((r) => described(input, r)),
        ]
      : ranked.flatMap((r, index) => described(input, r, index + 1));
  if (blocks.length === 0) return undefined;
  return { title: t('report:headings.aboutActions'), newPage: false, blocks };
}

/** The Word document's last chapter: the reports behind it, the versions, and the answers file's fingerprint. */
export function sourcesChapter(input: ReportInput): Chapter {
  const { reports, versions } = sourceLines(input);
  const fingerprint = fingerprintLine(input);
  return {
    title: input.t('plan:report.sources'),
    newPage: false,
    blocks: [reports, versions, ...(fingerprint ? [fingerprint] : [])].map((text) => ({ kind: 'paragraph', text })),
  };
}
