import type { TFunction } from 'i18next';
import type { Move, NamedGroup, PairComparability, Repeat, Replaced, TrendProblem, UnitsProblem } from '../../scoring';
import type { ActionHistory, UnitDifference, UnitScores } from '../../scoring';
import { formatOnce, formatPercent, intlLocale } from './locale';

const shortFormat = (language: string) =>
  formatOnce(`short date ${language}`, () => new Intl.DateTimeFormat(intlLocale(language), { dateStyle: 'short' }));
const listFormat = (language: string) =>
  formatOnce(`list ${language}`, () => new Intl.ListFormat(intlLocale(language), { type: 'conjunction' }));

/** Names as a sentence lists them: "A, B og C" in Danish, "A, B and C" in English. */
const listText = (items: readonly string[], language: string) => listFormat(language).format(items);

/** A date as a column head or in a list: 18.11.2024 in Danish, 18/11/2024 in English. */
export const shortDate = (iso: string, language: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : shortFormat(language).format(date);
};

const groupsText = (groups: readonly NamedGroup[], t: TFunction) =>
  groups.map((g) => t('series:group', { name: g.name || t('series:unnamed'), labels: g.labels.join(', ') })).join('; ');

/** Why assessments cannot be set side by side, in one sentence that names the files. */
export function seriesProblemText(problem: TrendProblem | UnitsProblem, t: TFunction, units = false): string {
  switch (problem.code) {
    case 'too-few':
      return units
        ? t('series:problems.tooFewUnits', { count: problem.count })
        : t('series:problems.tooFew', { count: problem.count });
    case 'no-date':
      return t('series:problems.noDate', { label: problem.label });
    case 'different-organisations':
      return t('series:problems.differentOrganisations', { groups: groupsText(problem.groups, t) });
    case 'other-organisations':
      return t('series:problems.otherOrganisations', { groups: groupsText(problem.groups, t) });
  }
}

/** Files left out, each in a sentence naming it and the file that is used instead. */
export const leftOutTexts = (repeats: readonly Repeat[], replaced: readonly Replaced[], t: TFunction) => [
  ...repeats.map((r) => t('series:repeat', { ...r })),
  ...replaced.map((r) => t('series:replaced', { ...r })),
];

/** How comparable two assessments next to each other are, with the bank versions where they differ. */
export function comparabilityText(pair: PairComparability, current: number, t: TFunction, language: string) {
  const sentence = t('series:trend.pair', {
    from: shortDate(pair.from, language),
    to: shortDate(pair.to, language),
    share: formatPercent(Math.round(pair.share * 100), language),
    both: pair.both,
    either: pair.either,
  });
  if (!pair.bankVersions) return sentence;
  const [from, to] = pair.bankVersions;
  return `${sentence} ${t('series:trend.bankVersions', { from, to, current })}`;
}

/** The largest moves, each way, as lists of "Cybersikkerhed fra 33 til 100". */
export function movesText(moves: { better: Move[]; worse: Move[] }, t: TFunction): string[] {
  const list = (items: Move[]) =>
    items
      .map((m) =>
        t('series:trend.move', {
          title: t(`bank:sections.${m.sectionId}.title`),
          from: Math.round(m.from),
          to: Math.round(m.to),
        }),
      )
      .join(', ');
  const lines = [
    ...(moves.better.length > 0 ? [t('series:trend.better', { list: list(moves.better) })] : []),
    ...(moves.worse.length > 0 ? [t('series:trend.worse', { list: list(moves.worse) })] : []),
  ];
  return lines.length > 0 ? lines : [t('series:trend.noMoves')];
}

/** An earlier plan's action as its statuses over time: "Test af beredskabet: Ikke startet (18.11.2024), I gang …". */
export function actionHistoryText(action: ActionHistory, t: TFunction, language: string): string {
  const statuses = action.statuses
    .map((s) =>
      t('series:trend.actionStatus', { status: t(`plan:status.${s.status}`), date: shortDate(s.date, language) }),
    )
    .join(', ');
  const text = t('series:trend.action', { title: action.title, statuses });
  return action.stillPlanned ? text : `${text}; ${t('series:trend.notPlanned')}`;
}

/** Where units differ most: the area, the highest and lowest unit with their scores, and the spread. */
export const differenceText = (d: UnitDifference, t: TFunction) => {
  // The difference of the figures shown, so a reader's own subtraction gives the same (62 − 56 = 6, not 5).
  const [high, low] = [Math.round(d.highest.value), Math.round(d.lowest.value)];
  const values = {
    title: t(`bank:sections.${d.sectionId}.title`),
    highest: d.highest.unit,
    high,
    lowest: d.lowest.unit,
    low,
    spread: high - low,
  };
  // Said in the score's own direction: the highest barrier score is the most pressure, not the best.
  return d.kind === 'maturity-area'
    ? t('series:units.differenceMaturity', values)
    : t('series:units.differencePressure', values);
};

/**
 * The lines of a trend chart that lie on top of each other: the same figure at every assessment, as the table shows
 * them. Only the top one can be seen, so the others are named under the chart.
 */
export function overlapTexts(
  rows: readonly { label: string; values: readonly (number | null)[] }[],
  t: TFunction,
  language: string,
): string[] {
  const lines = new Map<string, string[]>();
  for (const row of rows) {
    if (row.values.every((v) => v === null)) continue;
    const key = row.values.map((v) => (v === null ? '' : String(Math.round(v)))).join(',');
    lines.set(key, [...(lines.get(key) ?? []), row.label]);
  }
  return [...lines.values()]
    .filter((labels) => labels.length > 1)
    .map((labels) => t('series:trend.overlap', { list: listText(labels, language) }));
}

const yearMs = 366 * 24 * 60 * 60 * 1000;
const validDate = (date: string | undefined): date is string => date !== undefined && !Number.isNaN(Date.parse(date));

/** When each unit was assessed, as one sentence; a unit whose file gives no date says so. Units are set apart by ";". */
export function unitDatesText(units: readonly UnitScores[], t: TFunction, language: string): string | undefined {
  if (!units.some((u) => validDate(u.date))) return undefined;
  const list = units
    .map((u) => `${u.unit} ${validDate(u.date) ? shortDate(u.date, language) : t('series:units.noDate')}`)
    .join('; ');
  return t('series:units.dates', { list });
}

/**
 * A caution when more than a year lies between the oldest and the newest assessment: set side by side, a 2023 and a
 * 2026 assessment differ by time as well as by unit.
 */
export function unitDatesApartText(units: readonly UnitScores[], t: TFunction): string | undefined {
  const times = units.flatMap((u) => (validDate(u.date) ? [Date.parse(u.date)] : []));
  return times.length > 1 && Math.max(...times) - Math.min(...times) > yearMs
    ? t('series:units.datesApart')
    : undefined;
}
