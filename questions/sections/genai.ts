import type { Section } from '../schema';
import { ramboll } from '../sources';
import { surveyItem } from './maturity';
import { stageQuestionId } from './profile';

const figure = 'GenAI (figur)';

/** The eight GenAI items of IT i praksis, answered by top management (figure L1553-1588, prose L1589-1650). */
export const genai: Section = {
  id: 'genai',
  kind: 'maturity-area',
  source: ramboll('GenAI', 1589),
  questions: [
    surveyItem('genai-guidelines', 'maturity', 65, 16, { section: figure, line: 1553 }),
    surveyItem('genai-security-gdpr-concern', 'concern', 58, 10, { section: figure, line: 1559 }),
    surveyItem('genai-data-transparency-concern', 'concern', 46, 9, { section: figure, line: 1563 }),
    surveyItem('genai-ethics', 'maturity', 43, 16, { section: figure, line: 1567 }),
    // Only an organisation that pilots or runs GenAI tools can evaluate their effect: this is what the profile's GenAI
    // stage decides (GenAI is not one of Deloitte's technologies and has no barrier questions, audit D5).
    {
      ...surveyItem('genai-evaluation', 'maturity', 24, 44, { section: figure, line: 1571 }),
      showIf: { question: stageQuestionId('genai'), anyOf: ['pilot', 'operation'] },
    },
    surveyItem('genai-readiness', 'maturity', 22, 48, { section: figure, line: 1575 }),
    // The prose gives the middle band: 22 % have a strategy "i nogen grad" (L1609-1612).
    {
      ...surveyItem('genai-strategy', 'maturity', 11, 67, { section: figure, line: 1580 }),
      benchmark: { high: 11, low: 67, some: 22 },
    },
    surveyItem('genai-training', 'maturity', 4, 77, { section: figure, line: 1584 }),
  ],
};
