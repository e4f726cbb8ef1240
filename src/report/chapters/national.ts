import { nationalItems } from '../../format/national-items';
import type { Block, Chapter } from '../blocks';
import type { ReportInput } from '../input';

/**
 * "Ved siden af landstallet": each maturity area's items as bars of the national shares, the organisation's answer
 * marked. After the recommendations: the detail a reader looks up, not what management decides on.
 */
export function nationalChapter(input: ReportInput): Chapter | undefined {
  const { bank, file, result, t, verdict } = input;
  const you = t('app:results.national.you');
  const areas = verdict.areas.flatMap((area): Block[] => {
    const items = nationalItems(bank, file.answers, result, area.sectionId, t);
    return items.length > 0
      ? [{ kind: 'national', area: { title: t(`bank:sections.${area.sectionId}.title`), items }, you }]
      : [];
  });
  if (areas.length === 0) return undefined;
  return {
    title: t('report:headings.national'),
    newPage: false,
    blocks: [
      { kind: 'paragraph', text: t('report:nationalIntro') },
      {
        kind: 'nationalLegend',
        legend: {
          high: t('bank:bands.high'),
          some: t('bank:bands.some'),
          rest: t('report:legendRest'),
          low: t('bank:bands.low'),
          own: t('app:results.national.yours'),
          you,
        },
      },
      ...areas,
    ],
  };
}
