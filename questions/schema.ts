// zod/mini: the same validation as classic zod at a twelfth of the bundle size (7 kB gzip against 90 kB).
import * as z from 'zod/mini';

/** Kebab-case ids: stable forever, because saved answer files refer to them. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'));

/** Deloitte's codes for the concrete barriers: K1…A1 cross-cutting, T-R1…T-B1 per technology (appendix A). */
export const Code = z.string().check(z.regex(/^(T-[RMDIB]|[KRJPFVA])\d$/, 'a seed code such as K1 or T-R2'));

export const reports = ['deloitte-2018', 'ramboll-2024'] as const;

/**
 * Where a question or recommendation comes from: report, section and line in the seed text; or `parat` for a field
 * of Parat's own that no report asks (the organisation's name and size band), which cites nothing (audit D26).
 */
export const Source = z.union([
  z.strictObject({
    report: z.enum(reports),
    section: z.string().check(z.minLength(1)),
    line: z.int().check(z.positive()),
  }),
  z.strictObject({ report: z.literal('parat'), section: z.literal('Parats eget felt') }),
]);

/** Deloitte's indicative rating, appendix A (Table 4): effect and relevance are each Stor or Lille. */
export const Rating = z.enum(['Stor', 'Lille']);
export const SeedRating = z.strictObject({ effect: Rating, relevance: Rating });

export const Percent = z.int().check(z.gte(0), z.lte(100));

/**
 * The "i høj grad" share within one sector, where the report's prose gives it: CO2 targets at 52 % of municipalities
 * against 6 % of state bodies (003 L2050). No other band is given per sector, so none is shown.
 */
export const SectorFigure = z.strictObject({
  high: z.strictObject({
    municipality: z.optional(Percent),
    region: z.optional(Percent),
    state: z.optional(Percent),
    education: z.optional(Percent),
  }),
  source: Source,
});
/**
 * Rambøll's national figure: share of public organisations answering "i høj grad" and "slet ikke eller i lav grad",
 * and "i nogen grad" only where the report's prose gives it. The rest is not "i nogen grad": it also holds "ved ikke"
 * and no answer (sustainability accounting tools: 15 + 51 + 23 % i nogen grad, 003 L2075-2078).
 */
export const Benchmark = z
  .strictObject({ high: Percent, low: Percent, some: z.optional(Percent), bySector: z.optional(SectorFigure) })
  .check(z.refine((b) => b.high + b.low + (b.some ?? 0) <= 100, 'the bands cannot exceed 100 %'));

/**
 * How a degree answer reads: for `maturity` a higher degree is better; for `barrier`, `incident` and `concern` a
 * higher degree is worse. `incident` (an attack suffered) and `concern` (a worry held) are context: shown beside the
 * national figure and able to trigger a recommendation, but not part of a maturity index, which would otherwise
 * penalise an organisation for being aware of a risk (audit D11; Rambøll presents the GenAI concerns as the reason
 * for hesitation, 003 L1626-1631).
 */
export const Polarity = z.enum(['maturity', 'barrier', 'incident', 'concern']);

/** Show a question only when an earlier choice question has one of the given options. */
export const ShowIf = z.strictObject({ question: Id, anyOf: z.array(Id).check(z.minLength(1)) });

const common = { id: Id, source: Source, showIf: z.optional(ShowIf) };

export const ScaleQuestion = z.strictObject({
  ...common,
  type: z.literal('scale'),
  polarity: Polarity,
  codes: z.array(Code),
  rating: z.optional(SeedRating),
  benchmark: z.optional(Benchmark),
  /** A sub-heading within the section, as the report groups its items. */
  group: z.optional(Id),
});

export const ChoiceQuestion = z.strictObject({
  ...common,
  type: z.literal('choice'),
  options: z.array(Id).check(z.minLength(2)),
});

export const TextQuestion = z.strictObject({
  ...common,
  type: z.literal('text'),
  maxLength: z.int().check(z.positive()),
});

export const Question = z.discriminatedUnion('type', [ScaleQuestion, ChoiceQuestion, TextQuestion]);

/** A section is one step of the questionnaire; scored sections are also the unit of a score. */
export const SectionKind = z.enum(['profile', 'barrier-category', 'technology', 'maturity-area']);

export const Section = z.strictObject({
  id: Id,
  kind: SectionKind,
  /** Deloitte's category letter (K, R, J, P, F, V, A) for barrier categories. */
  category: z.optional(z.enum(['K', 'R', 'J', 'P', 'F', 'V', 'A'])),
  source: Source,
  questions: z.array(Question).check(z.minLength(1)),
});

/** The numbers scoring uses. They are data, so the maximum and minimum follow from them. */
export const ScoringRules = z.strictObject({
  /** Points per degree of the answer scale, from "slet ikke" up to "i høj grad". */
  degreePoints: z.strictObject({ high: z.number(), some: z.number(), low: z.number(), 'not-at-all': z.number() }),
  /** Weight of a barrier by Deloitte's effect rating. */
  effectWeight: z.strictObject({ Stor: z.number().check(z.positive()), Lille: z.number().check(z.positive()) }),
  /**
   * Weight of a barrier Deloitte describes in chapter 4 without rating it in appendix A (Parat's choice: as a Lille
   * barrier, since several overlap a rated one and some rest on a single remark, audit E3).
   */
  unratedWeight: z.number().check(z.positive()),
  /**
   * Weight, when recommendations are ranked, of an item from Rambøll's survey, which rates none of its items: as a
   * Stor barrier, so a practice the organisation lacks counts as much as a barrier that can delay adoption. The
   * maturity index itself weighs its items equally.
   */
  surveyWeight: z.number().check(z.positive()),
  /**
   * An answer triggers recommendations when its badness (0-1) is at least this. At 2/3 only the band the reports
   * treat as a problem triggers: "i høj grad" or "i nogen grad" on a barrier, "slet ikke" or "i lav grad" on a
   * maturity item (Rambøll's own low band).
   */
  triggerBadness: z.number().check(z.gt(0), z.lte(1)),
  /**
   * A barrier category or technology is named as a large barrier from this pressure (0-100, rounded as shown) on. At
   * 50, the middle of the scale, its answers lie on average at least midway between "i lav grad" and "i nogen grad".
   */
  largePressure: z.number().check(z.gt(0), z.lte(100)),
});

/**
 * Whose advice a recommendation is: Deloitte's initiative or lesson, Rambøll's Impact Map action point for change
 * management, Rambøll's NIS2 action point, ESG step or
 * assessment, or a GenAI follow-up that Parat derived from Rambøll's findings (the reports give no GenAI advice).
 */
export const RecommendationKind = z.enum([
  'initiative',
  'lesson',
  'change-action',
  'nis2-action',
  'esg-step',
  'ramboll-assessment',
  'genai-follow-up',
]);

/** A recommendation and what triggers it: answers to questions carrying one of `codes`, or the listed `questions`. */
export const Recommendation = z.strictObject({
  id: Id,
  kind: RecommendationKind,
  /** Deloitte's solution proposal (LF1-LF4) an initiative belongs to. */
  proposal: z.optional(z.enum(['LF1', 'LF2', 'LF3', 'LF4'])),
  /** The report's own label, such as LF3.5. */
  label: z.optional(z.string()),
  codes: z.array(Code),
  questions: z.array(Id),
  /**
   * A case tied to one of Deloitte's technologies: shown only when the profile has that technology at "exploring" or
   * further, since its advice is about that technology (Topdanmark and Birmingham: RPA; Danske Bank and Deakin:
   * machine learning; ISS: IoT).
   */
  technology: z.optional(z.enum(['rpa', 'machine-learning', 'drones', 'iot', 'blockchain'])),
  /**
   * The step of a sequence whose steps build on each other: the recommendations of one kind with a step (Rambøll's ESG
   * architecture, 003 L549-624; its change management action points, 003 L968-1057).
   */
  step: z.optional(z.int().check(z.positive())),
  source: Source,
});

export const Bank = z.strictObject({
  version: z.int().check(z.positive()),
  scoring: ScoringRules,
  sections: z.array(Section).check(z.minLength(1)),
  recommendations: z.array(Recommendation).check(z.minLength(1)),
});

export type Bank = z.infer<typeof Bank>;
export type Section = z.infer<typeof Section>;
export type Question = z.infer<typeof Question>;
export type ScaleQuestion = z.infer<typeof ScaleQuestion>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestion>;
export type Recommendation = z.infer<typeof Recommendation>;
export type Polarity = z.infer<typeof Polarity>;
export type { Sector } from './sectors';
export type SectorFigure = z.infer<typeof SectorFigure>;
export type RatingValue = z.infer<typeof Rating>;
export type SourceRef = z.infer<typeof Source>;
