import type { TFunction } from 'i18next';
import { sectorWording } from '../../questions/sector-wording';
import type { Sector } from '../../questions/sectors';
import type { RecommendationResult } from '../../scoring';

/**
 * The sector whose own words a recommendation takes, if any: only where questions/sector-wording.ts words it for that
 * sector, and, where the wording names an answer, only when that answer triggered the recommendation.
 */
const wordedFor = (r: RecommendationResult, sector: Sector | undefined) => {
  const wording = sectorWording[r.id];
  if (!sector || !wording?.sectors.includes(sector)) return undefined;
  if (wording.when && !r.triggers.some((trigger) => trigger.questionId === wording.when)) return undefined;
  return { sector, fields: wording.fields as readonly string[] };
};

/**
 * A recommendation in words, in three labelled parts so a reader always knows whose words they read: what the report
 * says (with a citation a reader can follow: publisher, title, year and chapter, never a seed file or line), what
 * Parat suggests doing now, and which answers Parat mapped to it. A fact from after the reports (a law in force) is a
 * fourth part of its own, with its own source, so the report's citation is never read as its source. The results
 * page, the PDF and the command line all word a recommendation through this, in the organisation's sector's words
 * where the bank has them.
 */
export function recommendationText(r: RecommendationResult, t: TFunction, sector?: Sector) {
  const worded = wordedFor(r, sector);
  const field = (name: string) =>
    t(`recommendations:${r.id}.${name}${worded?.fields.includes(name) ? `_${worded.sector}` : ''}`);
  const update = t(`recommendations:${r.id}.update`, { defaultValue: '' });
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
    about: field('about'),
    /** Deloitte's proposals are from 2018, and neither report says they were carried out. */
    status: r.kind === 'initiative' ? t('app:results.recommendation.proposalStatus') : undefined,
    update: update
      ? {
          label: t('app:results.recommendation.update'),
          text: update,
          source: t(`recommendations:${r.id}.updateSource`),
        }
      : undefined,
    source: t('app:results.recommendation.source', {
      report: t(`bank:reports.${r.source.report}`),
      section: t(`app:results.recommendation.cites.${r.kind}`, { label: r.label ?? '' }),
    }),
    suggestionLabel: t('app:results.recommendation.doNow'),
    action: field('action'),
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
