import { formatPercent } from '../../format/locale';
import { nationalItems, type NationalItem } from '../../format/national-items';
import type { Block, Chapter, NationalLegend } from '../blocks';
import type { ReportInput } from '../input';

/** The answer the chart marks: the group's in a workshop's report, else the organisation's. */
const ownAnswer = (input: ReportInput) =>
  input.workshop ? input.t('meeting:report.groupAnswer') : input.t('app:results.national.yours');

/** One area as a table, for Word, which draws no charts: the national shares, then the answer's band and standing. */
function areaTable(input: ReportInput, title: string, items: NationalItem[], legend: NationalLegend): Block {
  const { language, t } = input;
  const share = (value: number | undefined) => (value === undefined ? '–' : formatPercent(value, language));
  return {
    kind: 'headedTable',
    heading: title,
    table: {
      head: [t('meeting:report.question'), legend.high, legend.some, t('bank:bands.rest'), legend.low, legend.own],
      body: items.map((item) => [
        item.label,
        share(item.national.high),
        share(item.national.some),
        share(item.national.rest),
        share(item.national.low),
        [item.segment && t(`bank:bands.${item.segment}`), item.standing].filter(Boolean).join(': ') || '–',
      ]),
      widths: [34, 11, 11, 11, 11, 22],
    },
  };
}

/**
 * "Ved siden af landstallet": each maturity area's items beside the national shares, the organisation's (or the
 * group's) answer marked: as bar charts in the PDF, as tables in Word (`tables`). After the recommendations: the
 * detail a reader looks up, not what management decides on.
 */
export function nationalChapter(input: ReportInput, { tables = false } = {}): Chapter | undefined {
  const { bank, file, result, t, verdict } = input;
  const own = ownAnswer(input);
  const legend: NationalLegend = {
    high: t('bank:bands.high'),
    some: t('bank:bands.some'),
    rest: t('report:legendRest'),
    low: t('bank:bands.low'),
    own,
    you: input.workshop ? own : t('app:results.national.you'),
  };
  const areas = verdict.areas.flatMap((area): Block[] => {
    const items = nationalItems(bank, file.answers, result, area.sectionId, t);
    const title = t(`bank:sections.${area.sectionId}.title`);
    if (items.length === 0) return [];
    return [
      tables ? areaTable(input, title, items, legend) : { kind: 'national', area: { title, items }, you: legend.you },
    ];
  });
  if (areas.length === 0) return undefined;
  return {
    title: t('report:headings.national'),
    newPage: false,
    blocks: [
      {
        kind: 'paragraph',
        text: tables ? t('report:nationalTableIntro', { own }) : t('report:nationalIntro', { own }),
      },
      // The tables name the rest in short; what it holds is said once, below the intro.
      tables ? { kind: 'paragraph', text: legend.rest, style: 'muted' } : { kind: 'nationalLegend', legend },
      ...areas,
    ],
  };
}
