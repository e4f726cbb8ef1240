import type { Section } from '../schema';
import { ramboll } from '../sources';
import { actionPoint, surveyItem } from './maturity';

const figure = 'Cybersikkerhed (figur)';
const nis2 = 'NIS2: handlepunkter';

/**
 * The nine cybersecurity items of IT i praksis (figure L1447-1491; pairs of figures resolved by the prose
 * L1492-1545) and the five NIS2 action points (L823-880) asked as maturity questions.
 */
export const cybersecurity: Section = {
  id: 'cybersecurity',
  kind: 'maturity-area',
  source: ramboll('Cybersikkerhed', 1447),
  questions: [
    surveyItem('cyber-disruptive-attack', 'incident', 12, 79, { section: figure, line: 1448 }, 'cyber-survey'),
    surveyItem('cyber-mature', 'maturity', 59, 3, { section: figure, line: 1455 }, 'cyber-survey'),
    surveyItem('cyber-staff-behaviour', 'maturity', 40, 12, { section: figure, line: 1459 }, 'cyber-survey'),
    surveyItem('cyber-continuity-plans', 'maturity', 35, 18, { section: figure, line: 1465 }, 'cyber-survey'),
    surveyItem('cyber-recovery-testing', 'maturity', 36, 20, { section: figure, line: 1488 }, 'cyber-survey'),
    surveyItem('cyber-nis2-compliance', 'maturity', 31, 12, { section: figure, line: 1480 }, 'cyber-survey'),
    surveyItem('cyber-iso27001', 'maturity', 64, 4, { section: figure, line: 1482 }, 'cyber-survey'),
    surveyItem('cyber-dropped-for-budget', 'barrier', 25, 37, { section: figure, line: 1470 }, 'cyber-survey'),
    surveyItem('cyber-dropped-for-skills', 'barrier', 20, 38, { section: figure, line: 1472 }, 'cyber-survey'),
    actionPoint('nis2-overview', nis2, 823, 'nis2-actions'),
    actionPoint('nis2-resilience', nis2, 833, 'nis2-actions'),
    actionPoint('nis2-competence-plan', nis2, 845, 'nis2-actions'),
    actionPoint('nis2-security-budget', nis2, 859, 'nis2-actions'),
    actionPoint('nis2-use-maturity', nis2, 873, 'nis2-actions'),
  ],
};
