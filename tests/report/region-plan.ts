import type { AnswersFile } from '../../questions/answers';
import { loadFixture } from '../fixtures';

/**
 * The large region with the plan a director would bring to the board: seven actions, five open (two under way, three
 * not started), one done and one dropped. Two of the five first recommendations are not in it, and one action's
 * title is edited from the recommendation's.
 */
export function regionWithPlan(): AnswersFile {
  return {
    ...loadFixture('large-region-rpa'),
    targets: { 'barriers-architecture': 60, cybersecurity: 95 },
    plan: {
      'innovation-platforms': {
        title: 'Brug fælles innovationsplatforme til test af leverandørsystemer',
        recommendation: 'innovation-platforms',
        areas: ['barriers-architecture', 'technology-rpa'],
        responsible: 'Digitaliseringschefen',
        deadline: '2027-06-30',
        status: 'in-progress',
      },
      'genai-data-protection': {
        title: 'Konsekvensanalyse for GenAI-værktøjerne',
        recommendation: 'genai-data-protection',
        areas: ['genai'],
        responsible: 'Databeskyttelsesrådgiveren',
        deadline: '2027-02-28',
        status: 'not-started',
      },
      'case-birmingham': {
        title: 'Robotcertifikater og overvågning af robotterne i drift',
        recommendation: 'case-birmingham',
        areas: ['technology-rpa'],
        responsible: 'RPA-teamet i IT-driften',
        deadline: '2027-04-30',
        status: 'in-progress',
        note: 'Certifikaterne fornyes nu i hånden hvert år.',
      },
      'involve-lawyers-early': {
        title: 'Juristen med fra den første idé',
        recommendation: 'involve-lawyers-early',
        areas: ['technology-rpa', 'technology-machine-learning', 'technology-iot'],
        responsible: 'Juridisk kontor',
        deadline: '2027-09-30',
        status: 'not-started',
      },
      'own-1': {
        title: 'Budget til robotdrift i budget 2028',
        areas: [],
        responsible: 'Regionsrådet',
        deadline: '2027-08-31',
        status: 'not-started',
        note: 'Indstilles til budgetforhandlingerne.',
      },
      'business-anchoring': {
        title: 'Forankr robotterne i fagområderne',
        recommendation: 'business-anchoring',
        areas: ['barriers-resources', 'barriers-collaboration'],
        responsible: 'Koncerndirektionen',
        deadline: '2026-12-15',
        status: 'done',
      },
      'own-2': {
        title: 'Egen RPA-platform',
        areas: [],
        responsible: 'IT-driften',
        deadline: '2027-01-31',
        status: 'dropped',
        reason: 'Erstattet af den fælles platform.',
      },
    },
  };
}
