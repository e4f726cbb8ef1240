import type { Question } from './schema';

/** The degree answers of every scored question, best-known order from "i høj grad" down to "slet ikke". */
export const degrees = ['high', 'some', 'low', 'not-at-all'] as const;
export type Degree = (typeof degrees)[number];

/** "Ved ikke": always a valid answer, never part of an average. */
export const dontKnow = 'dont-know';

/** Every option of the answer scale, in the order it is shown. */
export const scaleOptions = [...degrees, dontKnow] as const;
export type ScaleAnswer = (typeof scaleOptions)[number];

/** A question's options in the order they are shown: the scale's, a choice's own, or none for a text. */
export const optionsOf = (question: Question): readonly string[] =>
  question.type === 'scale' ? scaleOptions : question.type === 'choice' ? question.options : [];

/** Rambøll's three reporting bands: "i høj grad", "i nogen grad", and "slet ikke eller i lav grad". */
export const bands = ['high', 'some', 'low'] as const;
export type Band = (typeof bands)[number];

/** Rambøll's "low" figure is "i lav grad" plus "slet ikke" (IT i praksis, figure legends L1453, L1557, L2018). */
export const bandOfDegree: Record<Degree, Band> = { high: 'high', some: 'some', low: 'low', 'not-at-all': 'low' };

export const isDegree = (value: string): value is Degree => (degrees as readonly string[]).includes(value);

/** Stage of a technology in the profile; questions about a technology appear from "exploring" on. */
export const stages = ['not-considered', 'exploring', 'pilot', 'operation'] as const;
export const activeStages = stages.slice(1);
