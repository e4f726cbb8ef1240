// zod/mini: the same validation as classic zod at a twelfth of the bundle size (7 kB gzip against 90 kB).
import * as z from 'zod/mini';

/** Kebab-case ids: stable forever, because saved answer files refer to them. */
export const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case'));

/** Deloitte's codes for the concrete barriers: K1…A1 cross-cutting, T-R1…T-B1 per technology (appendix A). */
export const Code = z.string().check(z.regex(/^(T-[RMDIB]|[KRJPFVA])\d$/, 'a seed code such as K1 or T-R2'));

export const reports = ['deloitte-2018', 'ramboll-2024'] as const;

/** Where a question or recommendation comes from: report, section and line in the seed text. */
export const Source = z.strictObject({
  report: z.enum(reports),
  section: z.string().check(z.minLength(1)),
  line: z.int().check(z.positive()),
});

/** Deloitte's indicative rating, appendix A (Table 4): effect and relevance are each Stor or Lille. */
export const Rating = z.enum(['Stor', 'Lille']);
export const SeedRating = z.strictObject({ effect: Rating, relevance: Rating });

const Percent = z.int().check(z.gte(0), z.lte(100));
/** Rambøll's national figure: share of public organisations answering "i høj grad" and "slet ikke eller i lav grad". */
export const Benchmark = z
  .strictObject({ high: Percent, low: Percent })
  .check(z.refine((b) => b.high + b.low <= 100, 'high + low cannot exceed 100 %'));

/**
 * How a degree answer reads: for `maturity` a higher degree is better; for `barrier`,
 * `incident` and `concern` a higher degree is worse.
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
  /** Weight of an item the reports did not rate. */
  unratedWeight: z.number().check(z.positive()),
  /** An answer triggers recommendations when its badness (0-1) is at least this. */
  triggerBadness: z.number().check(z.gt(0), z.lte(1)),
});

export const RecommendationKind = z.enum(['initiative', 'lesson', 'nis2-action', 'esg-step', 'genai-follow-up']);

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
export type RatingValue = z.infer<typeof Rating>;
export type SourceRef = z.infer<typeof Source>;
