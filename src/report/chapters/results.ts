import type { ScoredKind } from '../../../scoring';
import { scoreFigure } from '../../format/score-text';
import { standingCountsText, verdictText } from '../../format/verdict-text';
import type { Block, Chapter, ChartModel } from '../blocks';
import type { ReportInput } from '../input';

const chartKeys: Record<ScoredKind, 'barrierChart' | 'technologyChart' | 'maturityChart'> = {
  'barrier-category': 'barrierChart',
  technology: 'technologyChart',
  'maturity-area': 'maturityChart',
};

/**
 * One chart of a kind of section: pressure or maturity said in colour and in words, the organisation's own target
 * marked where it has set one, and for a maturity area where it stands beside the national figures.
 */
function chart(input: ReportInput, kind: ScoredKind): ChartModel | undefined {
  const { t, result, verdict } = input;
  const targets = input.file.targets ?? {};
  const scores = result.scores.filter((s) => s.kind === kind && s.shown > 0);
  if (scores.length === 0) return undefined;
  const key = chartKeys[kind];
  const maturity = kind === 'maturity-area';
  const description = t(`app:results.${key}.description`);
  return {
    title: t(`app:results.${key}.title`),
    description:
      maturity && verdict.areas.length > 0 ? `${description} ${t('report:chart.nationalNote')}` : description,
    polarity: maturity ? 'maturity' : 'pressure',
    direction: maturity ? t('report:chart.higherBetter') : t('report:chart.higherPressure'),
    rows: scores.map((s) => {
      const target = targets[s.sectionId];
      const area = maturity ? verdict.areas.find((a) => a.sectionId === s.sectionId) : undefined;
      return {
        id: s.sectionId,
        label: t(`bank:sections.${s.sectionId}.title`),
        value: s.value,
        valueText: scoreFigure(t, s.value),
        ...(target === undefined ? {} : { target: { value: target, text: t('report:chart.target', { target }) } }),
        ...(area ? { national: standingCountsText(area, t) } : {}),
      };
    }),
  };
}

/**
 * "Resultater": the barriers and what the result rests on in words, then the charts, each maturity area's bar with
 * where it stands beside the national figures. The items behind those counts are named in "Ved siden af
 * landstallet", and the decision page's messages are drawn from the same verdict.
 */
export function resultsChapter(input: ReportInput): Chapter {
  const { t } = input;
  const text = verdictText(input.verdict, t, input.comparison?.earlierDate);
  const charts = (['barrier-category', 'technology', 'maturity-area'] as const).flatMap((kind): Block[] => {
    const model = chart(input, kind);
    return model ? [{ kind: 'chart', chart: model }] : [];
  });
  return {
    title: t('report:headings.charts'),
    newPage: true,
    blocks: [
      ...(text.caution ? [{ kind: 'paragraph', text: text.caution, style: 'strong' } as const] : []),
      ...(text.change ? [{ kind: 'paragraph', text: text.change } as const] : []),
      { kind: 'paragraph', text: text.barriers },
      { kind: 'paragraph', text: text.basis },
      ...charts,
    ],
  };
}
