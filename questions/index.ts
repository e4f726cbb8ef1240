import { Bank } from './schema';
import { integrityProblems } from './integrity';
import { recommendations } from './recommendations';
import { barrierCategories } from './sections/barriers';
import { cybersecurity } from './sections/cybersecurity';
import { genai } from './sections/genai';
import { profile } from './sections/profile';
import { sustainability } from './sections/sustainability';
import { technologySections } from './sections/technologies';
import { bankVersion } from './version';

/**
 * Parses a bank and fails fast, listing every schema and cross-reference problem at once, so a broken
 * bank never reaches a user.
 */
export function parseBank(input: unknown): Bank {
  const parsed = Bank.safeParse(input);
  const problems = parsed.success
    ? integrityProblems(parsed.data)
    : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (!parsed.success || problems.length > 0) {
    throw new Error(`The question bank is invalid:\n- ${problems.join('\n- ')}`);
  }
  return parsed.data;
}

/** The question bank, in questionnaire order. Weights and thresholds: see README, "Method". */
export const bank: Bank = parseBank({
  version: bankVersion,
  scoring: {
    degreePoints: { high: 3, some: 2, low: 1, 'not-at-all': 0 },
    effectWeight: { Stor: 2, Lille: 1 },
    unratedWeight: 2,
    triggerBadness: 2 / 3,
  },
  sections: [profile, ...barrierCategories, ...technologySections, cybersecurity, genai, sustainability],
  recommendations,
});

export { bankVersion };
export * from './schema';
export * from './scales';
export { organisationFacts, technologies, stageQuestionId, type Technology } from './sections/profile';
export { answerOf, isShown, shownSections, type Answers } from './visibility';
