import type { RatingValue, ScaleQuestion, Section } from '../schema';
import { deloitte } from '../sources';
import { whenExploring, type Technology } from './profile';

/** A technology-specific barrier (Deloitte appendix A), shown only when the technology is at least being explored. */
const technologyBarrier =
  (technology: Technology) =>
  (id: string, code: string, effect: RatingValue, relevance: RatingValue, line: number): ScaleQuestion => ({
    id,
    type: 'scale',
    polarity: 'barrier',
    codes: [code],
    rating: { effect, relevance },
    showIf: whenExploring(technology),
    source: deloitte(`Bilag A: ${code}`, line),
  });

/**
 * An observation from Deloitte's chapter 4 (L1688-1870) that appendix A gives no code or rating: asked only with its
 * technology and scored with the unrated weight.
 */
export const technologyObservation =
  (technology: Technology) =>
  (id: string, section: string, line: number): ScaleQuestion => ({
    id,
    type: 'scale',
    polarity: 'barrier',
    codes: [],
    showIf: whenExploring(technology),
    source: deloitte(`4 ${section}`, line),
  });

const rpa = technologyBarrier('rpa');
const ml = technologyBarrier('machine-learning');
const drones = technologyBarrier('drones');
const iot = technologyBarrier('iot');
const blockchain = technologyBarrier('blockchain');
const rpaObservation = technologyObservation('rpa');
const mlObservation = technologyObservation('machine-learning');
const dronesObservation = technologyObservation('drones');
const iotObservation = technologyObservation('iot');
const blockchainObservation = technologyObservation('blockchain');

/** The technology-specific barriers, one section per technology (appendix A, L4660-5097). */
export const technologySections: Section[] = [
  {
    id: 'technology-rpa',
    kind: 'technology',
    source: deloitte('Bilag A: RPA', 4675),
    questions: [
      rpa('rpa-test-environments', 'T-R1', 'Stor', 'Stor', 4675),
      rpa('rpa-system-changes', 'T-R2', 'Stor', 'Stor', 4699),
      rpa('rpa-interface-access', 'T-R3', 'Lille', 'Stor', 4722),
      rpa('rpa-unstable-operation', 'T-R4', 'Lille', 'Lille', 4751),
      rpa('rpa-legal-responsibility', 'T-R5', 'Lille', 'Stor', 4773),
      rpa('rpa-security-approval', 'T-R6', 'Lille', 'Lille', 4793),
      rpaObservation('rpa-desktop-operation', 'RPA: professionelle driftsmiljøer', 1714),
      rpaObservation('rpa-robot-certificates', 'RPA: robotcertifikater', 1726),
    ],
  },
  {
    id: 'technology-machine-learning',
    kind: 'technology',
    source: deloitte('Bilag A: Machine learning', 4826),
    questions: [
      ml('ml-audit-trail', 'T-M1', 'Lille', 'Stor', 4826),
      ml('ml-data-quality', 'T-M2', 'Stor', 'Lille', 4847),
      ml('ml-immature-products', 'T-M3', 'Stor', 'Lille', 4870),
      mlObservation('ml-vendor-training-data', 'Machine learning: data til træning', 1767),
    ],
  },
  {
    id: 'technology-drones',
    kind: 'technology',
    source: deloitte('Bilag A: Droner', 4908),
    questions: [
      drones('drones-process-integration', 'T-D1', 'Stor', 'Lille', 4908),
      drones('drones-flight-access', 'T-D2', 'Lille', 'Stor', 4937),
      drones('drones-privacy', 'T-D3', 'Lille', 'Stor', 4963),
      drones('drones-narrow-use', 'T-D4', 'Stor', 'Lille', 4986),
      dronesObservation('drones-task-volume', 'Droner: opgavevolumen', 1809),
    ],
  },
  {
    id: 'technology-iot',
    kind: 'technology',
    source: deloitte('Bilag A: IoT', 5017),
    questions: [
      iot('iot-maturity-assessment', 'T-I1', 'Stor', 'Stor', 5017),
      iot('iot-immature-products', 'T-I2', 'Stor', 'Lille', 5042),
      iotObservation('iot-citizen-consent', 'IoT: borgere, der ikke kan give samtykke', 1833),
    ],
  },
  {
    id: 'technology-blockchain',
    kind: 'technology',
    source: deloitte('Bilag A: Blockchain', 5082),
    questions: [
      blockchain('blockchain-immature-products', 'T-B1', 'Lille', 'Lille', 5082),
      blockchainObservation('blockchain-cloud', 'Blockchain: cloud', 1855),
      blockchainObservation('blockchain-legal-model', 'Blockchain: ingen central aktør', 1862),
    ],
  },
];
