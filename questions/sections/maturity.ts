import type { Polarity, ScaleQuestion, SectorFigure } from '../schema';
import { ramboll } from '../sources';

/** An IT i praksis survey item with Rambøll's national figure for public organisations. */
export const surveyItem = (
  id: string,
  polarity: Polarity,
  high: number,
  low: number,
  source: { section: string; line: number },
  group?: string,
): ScaleQuestion => ({
  id,
  type: 'scale',
  polarity,
  codes: [],
  benchmark: { high, low },
  source: ramboll(source.section, source.line),
  ...(group ? { group } : {}),
});

/** A survey item with the report's figures for some sectors beside the national one, where its prose gives them. */
export const withSectorFigure = (item: ScaleQuestion, bySector: SectorFigure): ScaleQuestion => {
  if (!item.benchmark) throw new Error(`${item.id} has no national figure to set sector figures beside`);
  return { ...item, benchmark: { ...item.benchmark, bySector } };
};

/** A maturity question built from one of the report's action points; it has no national figure. */
export const actionPoint = (id: string, section: string, line: number, group?: string): ScaleQuestion => ({
  id,
  type: 'scale',
  polarity: 'maturity',
  codes: [],
  source: ramboll(section, line),
  ...(group ? { group } : {}),
});
