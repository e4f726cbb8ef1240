import type { NationalItem } from '../format/national-items';

/** A table as text: a header row and body rows, each row as many cells as the header. */
export interface TableModel {
  head: string[];
  body: string[][];
  /**
   * Fixed shares of the text width, where the columns must not follow the content: columns left blank to fill in by
   * hand, or tables repeated section by section that should line up. Otherwise the columns fit the content.
   */
  widths?: number[];
  /** A column whose cells open with a title line, set in bold above the details under it. */
  titleColumn?: number;
}

/** A bar chart of 0-100 scores, with the direction that is good said in words on the chart. */
export interface ChartModel {
  title: string;
  description: string;
  /** Barrier pressure (higher is worse) or maturity (higher is better): drawn in different colours. */
  polarity: 'pressure' | 'maturity';
  /** "Højere er mere pres" or "Højere er bedre", written on the chart's axis. */
  direction: string;
  rows: {
    id: string;
    label: string;
    value: number | null;
    valueText: string;
    /** The organisation's own target for the section, when it has set one, and its label ("mål 60"). */
    target?: { value: number; text: string };
    /** Where the section stands beside the national figures, in words, for maturity areas with a national figure. */
    national?: string;
  }[];
}

/** Several areas' scores over the assessments, in date order: a line per area, the direction that is good in words. */
export interface TrendChartModel {
  title: string;
  description: string;
  columns: string[];
  rows: { id: string; label: string; values: (number | null)[] }[];
}

/** One maturity area's items beside the national figure. */
export interface NationalModel {
  title: string;
  items: NationalItem[];
}

/** The names of the national figure's bands, for the legend and the marker. */
export interface NationalLegend {
  high: string;
  some: string;
  rest: string;
  low: string;
  own: string;
  you: string;
}

/** A recommendation as the report describes it: a title, its tags, and the three labelled parts. */
export interface RecommendationModel {
  title: string;
  tags: string;
  reportLabel: string;
  about: string;
  status?: string | undefined;
  source: string;
  /** A fact from after the reports (a law in force), with its own label and source. */
  update?: { label: string; text: string; source: string } | undefined;
  suggestionLabel: string;
  action: string;
  whyLabel: string;
  mapping: string;
  why: string[];
}

/**
 * What a chapter is made of. The PDF and the Word writer each draw every kind they can; a chart is drawn in the PDF
 * only, so the chapters given to the Word document hold none.
 */
export type Block =
  | { kind: 'heading'; text: string }
  /** A paragraph; `label`, when given, opens it in bold ("Parats forslag: …"). */
  | { kind: 'paragraph'; text: string; style?: 'strong' | 'muted'; label?: string }
  | { kind: 'bullets'; items: string[]; style?: 'strong' }
  | { kind: 'table'; table: TableModel }
  /** A heading kept on the page where its table starts. */
  | { kind: 'headedTable'; heading: string; table: TableModel }
  | { kind: 'chart'; chart: ChartModel }
  /** Scores over several assessments as lines, one per area (src/charts/trend-geometry.ts). */
  | { kind: 'trendChart'; chart: TrendChartModel }
  | { kind: 'nationalLegend'; legend: NationalLegend }
  | { kind: 'national'; area: NationalModel; you: string }
  | { kind: 'recommendation'; recommendation: RecommendationModel };

/** A chapter: a title the contents and the bookmarks list, and its blocks. */
export interface Chapter {
  title: string;
  /** False when the chapter may continue the page before it; chapters start on a new page otherwise. */
  newPage: boolean;
  blocks: Block[];
}

/** Everything the PDF shows, translated, as plain data: the renderer only lays it out. */
export interface ReportModel {
  language: string;
  title: string;
  /** The running footer with {page} and {pages} to fill in. */
  footer: string;
  /** The answers file's fingerprint, in words, for the second footer line; absent when there is no single file. */
  fingerprint?: string;
  cover: {
    kicker: string;
    name: string;
    what: string;
    facts: { label: string; value: string }[];
    contents: string;
    accessibility: string;
  };
  chapters: Chapter[];
}
