import type { Recommendation } from './schema';
import { deloitte, ramboll } from './sources';

/** One of Deloitte's solution proposals (chapter 6), by its label, such as LF1.1. */
export const initiative = (
  id: string,
  label: string,
  codes: string[],
  line: number,
  questions: string[] = [],
): Recommendation => ({
  id,
  kind: 'initiative',
  proposal: label.slice(0, 3) as Recommendation['proposal'],
  label,
  codes,
  questions,
  source: deloitte(`6 Løsningsforslag: ${label}`, line),
});

/** A best-practice lesson from Deloitte's chapter 5. */
export const lesson = (id: string, codes: string[], line: number, questions: string[] = []): Recommendation => ({
  id,
  kind: 'lesson',
  codes,
  questions,
  source: deloitte('5 Bedste praksis', line),
});

/** A best-practice case: its advice is about one technology, so it is shown only where that technology is in play. */
export const caseOf = (
  technology: NonNullable<Recommendation['technology']>,
  id: string,
  codes: string[],
  line: number,
  questions: string[] = [],
): Recommendation => ({ ...lesson(id, codes, line, questions), technology });

/**
 * One of Rambøll's five Impact Map action points for change management (003 L1005-1057). Deloitte says its own
 * proposals only partly reach change management (000 L3915-3922), so these are the local, sourced actions for its
 * barriers F1-F3; which of the three each answers is Parat's reading of its text. The points build on each other:
 * "Først" the readiness analysis, "Dernæst" the calculations (L968, L981), made "ud fra indsamlet data" (L1017-1019).
 */
export const changeAction = (id: string, codes: string[], line: number, step: number): Recommendation => ({
  id,
  kind: 'change-action',
  codes,
  questions: [],
  source: ramboll('Impact Map: forandringsledelse', line),
  step,
});

/** A Rambøll action point, step or assessment, triggered by the answers to its questions. */
export const follow = (
  kind: 'nis2-action' | 'esg-step' | 'genai-follow-up' | 'ramboll-assessment',
  id: string,
  questions: string[],
  section: string,
  line: number,
  step?: number,
): Recommendation => ({ id, kind, codes: [], questions, source: ramboll(section, line), ...(step ? { step } : {}) });
