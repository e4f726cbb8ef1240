import type { Bank } from './schema';
import { recommendations } from './recommendations';
import { barrierCategories } from './sections/barriers';
import { cybersecurity } from './sections/cybersecurity';
import { genai } from './sections/genai';
import { profile } from './sections/profile';
import { sustainability } from './sections/sustainability';
import { technologySections } from './sections/technologies';
import { bankVersion } from './version';

/**
 * The question bank, in questionnaire order. Weights and thresholds: see README, "Method". tests/questions/bank.test.ts
 * parses it with parseBank (parse-bank.ts), so a broken bank fails the build's tests instead of every visitor's first load.
 */
export const bank: Bank = {
  version: bankVersion,
  scoring: {
    degreePoints: { high: 3, some: 2, low: 1, 'not-at-all': 0 },
    effectWeight: { Stor: 2, Lille: 1 },
    unratedWeight: 1,
    surveyWeight: 2,
    triggerBadness: 2 / 3,
    largePressure: 50,
  },
  sections: [profile, ...barrierCategories, ...technologySections, cybersecurity, genai, sustainability],
  recommendations,
};

export { bankVersion };
export type {
  Bank,
  ChoiceQuestion,
  Polarity,
  Question,
  RatingValue,
  Recommendation,
  ScaleQuestion,
  Section,
  Sector,
  SectorFigure,
  SourceRef,
} from './schema';
export * from './scales';
export { organisationFacts, technologies, stageQuestionId, type Technology } from './sections/profile';
export { answerOf, isShown, shownSections, type Answers } from './visibility';
