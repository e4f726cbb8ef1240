import type { TFunction } from 'i18next';
import type { RecommendationResult } from '../../scoring';

/**
 * A recommendation in words, in three labelled parts so a reader always knows whose words they read: what the report
 * says (with a citation a reader can follow: publisher, title, year and chapter, never a seed file or line), what
 * Parat suggests doing now, and which answers Parat mapped to it. The results page, the PDF and the command line all
 * word a recommendation through this.
 */
export function recommendationText(r: RecommendationResult, t: TFunction) {
  const updateKey = `recommendations:${r.id}.update`;
  return {
    title: `${r.label ? `${r.label} ` : ''}${t(`recommendations:${r.id}.title`)}`,
    tags: [
      t(`bank:kinds.${r.kind}`),
      t(`bank:scopes.${r.scope}`),
      ...(r.proposal
        ? [t('app:results.recommendation.proposal', { label: r.proposal, title: t(`bank:proposals.${r.proposal}`) })]
        : []),
    ],
    reportLabel:
      r.kind === 'genai-follow-up' ? t('app:results.recommendation.findings') : t('app:results.recommendation.report'),
    about: t(`recommendations:${r.id}.about`),
    /** Deloitte's proposals are from 2018, and neither report says they were carried out. */
    status: r.kind === 'initiative' ? t('app:results.recommendation.proposalStatus') : undefined,
    update: t(updateKey, { defaultValue: '' }) || undefined,
    updateLabel: t('app:results.recommendation.update'),
    source: t('app:results.recommendation.source', {
      report: t(`bank:reports.${r.source.report}`),
      section: t(`app:results.recommendation.cites.${r.kind}`, { label: r.label ?? '' }),
    }),
    suggestionLabel: t('app:results.recommendation.doNow'),
    action: t(`recommendations:${r.id}.action`),
    whyLabel: t('app:results.recommendation.why'),
    mapping:
      r.kind === 'initiative'
        ? t('app:results.recommendation.mappingInitiative')
        : t('app:results.recommendation.mappingOther'),
    // The worst answers first (badness times weight), so the reasons a reader sees first are the heaviest.
    why: [...r.triggers]
      .sort((a, b) => b.badness * b.weight - a.badness * a.weight)
      .map((trigger) =>
        t('app:results.recommendation.trigger', {
          question: t(`questions:${trigger.questionId}.short`),
          answer: t(`bank:options.${trigger.answer}`),
          section: t(`bank:sections.${trigger.sectionId}.title`),
        }),
      ),
  };
}
