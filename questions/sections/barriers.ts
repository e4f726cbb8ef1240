import type { RatingValue, ScaleQuestion, Section } from '../schema';
import { deloitte } from '../sources';
import { whenExploring } from './profile';
import { technologyObservation } from './technologies';

const appendix = 'Bilag A';

/** A concrete barrier from Deloitte's appendix A with its indicative effect and relevance. */
const barrier = (
  id: string,
  code: string,
  effect: RatingValue,
  relevance: RatingValue,
  line: number,
): ScaleQuestion => ({
  id,
  type: 'scale',
  polarity: 'barrier',
  codes: [code],
  rating: { effect, relevance },
  source: deloitte(`${appendix}: ${code}`, line),
});

/** The seven cross-cutting barrier categories (Deloitte chapter 4 and appendix A), one section each. */
export const barrierCategories: Section[] = [
  {
    id: 'barriers-competencies',
    kind: 'barrier-category',
    category: 'K',
    source: deloitte(`${appendix}: K. Kompetencer`, 3995),
    questions: [
      barrier('skills-technology-choice', 'K1', 'Stor', 'Stor', 4005),
      barrier('skills-process-knowledge', 'K2', 'Stor', 'Stor', 4029),
      barrier('skills-data-science', 'K3', 'Stor', 'Stor', 4052),
    ],
  },
  {
    id: 'barriers-resources',
    kind: 'barrier-category',
    category: 'R',
    source: deloitte(`${appendix}: R. Ressourcer og prioritering`, 4087),
    questions: [
      barrier('risk-appetite-funding', 'R1', 'Stor', 'Stor', 4097),
      barrier('it-prioritisation', 'R2', 'Stor', 'Lille', 4132),
      barrier('specialist-time', 'R3', 'Stor', 'Lille', 4166),
    ],
  },
  {
    id: 'barriers-legal',
    kind: 'barrier-category',
    category: 'J',
    source: deloitte(`${appendix}: J. Juridiske barrierer`, 4189),
    questions: [
      barrier('procurement-agreements', 'J1', 'Stor', 'Stor', 4205),
      barrier('data-storage-rules', 'J2', 'Stor', 'Stor', 4241),
      barrier('data-use-proportionality', 'J3', 'Stor', 'Stor', 4266),
      barrier('legal-responsibility', 'J4', 'Lille', 'Stor', 4291),
    ],
  },
  {
    id: 'barriers-potential',
    kind: 'barrier-category',
    category: 'P',
    source: deloitte(`${appendix}: P. Potentiale og use-cases`, 4310),
    questions: [
      barrier('cross-organisational-development', 'P1', 'Stor', 'Stor', 4320),
      barrier('missing-use-cases', 'P2', 'Stor', 'Stor', 4344),
      barrier('task-volume', 'P3', 'Stor', 'Stor', 4365),
      barrier('business-case', 'P4', 'Lille', 'Lille', 4399),
    ],
  },
  {
    id: 'barriers-change',
    kind: 'barrier-category',
    category: 'F',
    source: deloitte(`${appendix}: F. Forandringsledelse`, 4422),
    questions: [
      barrier('resistance-to-change', 'F1', 'Stor', 'Stor', 4442),
      barrier('fear-of-redundancy', 'F2', 'Stor', 'Lille', 4471),
      barrier('project-understanding', 'F3', 'Lille', 'Lille', 4497),
    ],
  },
  {
    id: 'barriers-collaboration',
    kind: 'barrier-category',
    category: 'V',
    source: deloitte(`${appendix}: V. Videndeling og samarbejde`, 4519),
    questions: [
      barrier('collaboration', 'V1', 'Stor', 'Stor', 4529),
      barrier('knowledge-sharing', 'V2', 'Stor', 'Stor', 4560),
      barrier('visible-experience', 'V3', 'Lille', 'Stor', 4581),
    ],
  },
  {
    id: 'barriers-architecture',
    kind: 'barrier-category',
    category: 'A',
    source: deloitte(`${appendix}: A. Arkitektur, systemer og data`, 4605),
    // A1 lists several supplier problems (L4619-4634); each is asked on its own.
    questions: [
      barrier('supplier-apis', 'A1', 'Stor', 'Stor', 4619),
      barrier('supplier-new-functionality', 'A1', 'Stor', 'Stor', 4622),
      barrier('supplier-test-environments', 'A1', 'Stor', 'Stor', 4623),
      // The robot facet of A1 only means something to an organisation that is working with RPA (audit D10).
      { ...barrier('supplier-robot-users', 'A1', 'Stor', 'Stor', 4631), showIf: whenExploring('rpa') },
      // Chapter 4's observation on data export is the fourth A1 facet (L4628), so it shares A1's rating.
      {
        ...barrier('supplier-own-data-payment', 'A1', 'Stor', 'Stor', 1682),
        source: deloitte('4 Arkitektur, systemer og data', 1682),
      },
      // Chapter 4 observation made under machine learning (L1730-1783), asked in this category because it is about
      // data; only where machine learning is in play.
      technologyObservation('machine-learning')('structured-data-access', 'Machine learning: adgang til data', 1773),
    ],
  },
];
