import * as z from 'zod/mini';
import { minimumFloor, packFormat, packLimits } from './peer-pack-format';
import { sectors } from './sectors';

export * from './peer-pack-format';

const Id = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), z.maxLength(80));
const Month = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month as YYYY-MM'));
const Count = z.int().check(z.gte(minimumFloor));
const Score = z.number().check(z.gte(0), z.lte(100));
const Percent = z.int().check(z.gte(0), z.lte(100));

/** An area's score among the segment's organisations with a score there: quartiles and median, 0-100. */
export const PackArea = z.strictObject({ sectionId: Id, n: Count, q1: Score, median: Score, q3: Score });

/** A question among the segment's organisations that answered it: the share (whole per cent) giving each answer. */
export const PackQuestion = z.strictObject({
  questionId: Id,
  n: Count,
  shares: z.strictObject({
    high: z.optional(Percent),
    some: z.optional(Percent),
    low: z.optional(Percent),
    'not-at-all': z.optional(Percent),
    'dont-know': z.optional(Percent),
  }),
});

/** One group of organisations: a sector, or a sector and size band, with its cells. */
export const PackSegment = z.strictObject({
  sector: z.enum(sectors),
  size: z.optional(Id),
  n: Count,
  areas: z.array(PackArea).check(z.maxLength(packLimits.areas)),
  questions: z.array(PackQuestion).check(z.maxLength(packLimits.questions)),
});

/**
 * A peer pack: many organisations' answers aggregated, with no cell under `minimum` organisations and nothing that
 * names or dates one finer than the month. `madeBy` is who made it; `files` how many organisations it rests on.
 */
export const PeerPackSchema = z.strictObject({
  format: z.literal(packFormat),
  // Checked against the version this Parat writes by the reader, after the migration steps.
  version: z.int().check(z.positive()),
  bankVersion: z.int().check(z.positive()),
  madeBy: z.optional(z.string().check(z.maxLength(packLimits.madeBy))),
  madeIn: Month,
  period: z.optional(z.strictObject({ from: Month, to: Month })),
  files: Count,
  minimum: Count,
  segments: z.array(PackSegment).check(z.maxLength(packLimits.segments)),
});

export type PeerPack = z.infer<typeof PeerPackSchema>;
export type PackSegment = z.infer<typeof PackSegment>;
export type PackArea = z.infer<typeof PackArea>;
export type PackQuestion = z.infer<typeof PackQuestion>;
