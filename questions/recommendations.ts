import type { Recommendation } from './schema';
import { deloitte, ramboll } from './sources';

const initiative = (
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

const lesson = (id: string, codes: string[], line: number, questions: string[] = []): Recommendation => ({
  id,
  kind: 'lesson',
  codes,
  questions,
  source: deloitte('5 Bedste praksis', line),
});

const follow = (
  kind: 'nis2-action' | 'esg-step' | 'genai-follow-up',
  id: string,
  questions: string[],
  section: string,
  line: number,
): Recommendation => ({ id, kind, codes: [], questions, source: ramboll(section, line) });

/**
 * What Parat can recommend, and the answers that trigger each. The initiatives follow the mapping from
 * barriers to initiatives in Deloitte chapter 6 (L3049-3920); lessons come from chapter 5 (L2040-2813);
 * the NIS2 action points, ESG steps and GenAI follow-ups from IT i praksis 2024-2025.
 */
export const recommendations: Recommendation[] = [
  // LF1 also names T-M3 (L3196); LF1.1 is the part of LF1 that speaks with authority on maturity and risk.
  initiative('political-agenda', 'LF1.1', ['R1', 'F1', 'T-I1', 'T-M3'], 3226),
  initiative('adoption-targets', 'LF1.2', ['R2', 'P2', 'P3'], 3261),
  initiative('pioneer-projects', 'LF2.1', ['J2', 'J3', 'J4', 'T-M1', 'V3'], 3340),
  initiative('flagship-projects', 'LF2.2', ['P2', 'R1', 'T-M1', 'T-I1'], 3383),
  initiative('project-funding', 'LF3.1', ['R1'], 3563),
  initiative('innovation-management', 'LF3.2', ['R2', 'R3', 'F1', 'F3', 'P1'], 3591),
  // T-R3 arises where systems interact across organisations and suits cross-public mitigation (L4738-4740).
  initiative('innovation-platforms', 'LF3.3', ['A1', 'T-R1', 'T-R3', 'T-R4', 'T-R6', 'J1', 'K1', 'T-I1'], 3612),
  initiative('legal-taskforce', 'LF3.4', ['J2', 'J3', 'J4', 'T-M1', 'T-R5', 'T-D2', 'T-D3'], 3642),
  initiative('technology-academy', 'LF3.5', ['K1', 'K2', 'K3'], 3686),
  initiative('knowledge-sharing-advice', 'LF4.1', ['V1', 'V2', 'V3', 'P2', 'K1', 'K2', 'T-R2', 'T-R4'], 3800),
  initiative('implementation-assistance', 'LF4.2', ['K1', 'K2', 'K3', 'P3', 'R2'], 3883),

  lesson('management-backing', ['R1', 'R2', 'F1', 'F3'], 2096),
  lesson('business-anchoring', ['R2', 'R3', 'V1'], 2118),
  lesson('start-small', ['P2', 'P3', 'P4', 'T-M2', 'T-D4', 'T-I2', 'T-B1'], 2134, ['structured-data-access']),
  lesson('involve-lawyers-early', ['J2', 'J3', 'J4', 'T-R5', 'T-M1', 'T-D3'], 2154),
  lesson('case-topdanmark', ['R1', 'R2', 'T-R6', 'V1'], 2261),
  lesson('case-birmingham', ['P4', 'K2', 'T-R2', 'T-R4'], 2392),
  lesson('case-iss', ['P4', 'T-I1', 'T-I2', 'T-D1'], 2519),
  lesson('case-danske-bank', ['P2', 'T-M2', 'K3', 'J3'], 2641, ['structured-data-access']),
  lesson('case-deakin', ['F1', 'F2', 'F3', 'T-M3'], 2777),

  follow(
    'nis2-action',
    'nis2-get-overview',
    ['nis2-overview', 'cyber-mature', 'cyber-nis2-compliance'],
    'NIS2: handlepunkter',
    823,
  ),
  follow(
    'nis2-action',
    'nis2-strengthen-resilience',
    ['nis2-resilience', 'cyber-continuity-plans', 'cyber-recovery-testing', 'cyber-disruptive-attack'],
    'NIS2: handlepunkter',
    833,
  ),
  follow(
    'nis2-action',
    'nis2-plan-competences',
    ['nis2-competence-plan', 'cyber-dropped-for-skills', 'cyber-staff-behaviour'],
    'NIS2: handlepunkter',
    845,
  ),
  follow(
    'nis2-action',
    'nis2-own-budget',
    ['nis2-security-budget', 'cyber-dropped-for-budget'],
    'NIS2: handlepunkter',
    859,
  ),
  follow(
    'nis2-action',
    'nis2-use-maturity-gained',
    ['nis2-use-maturity', 'cyber-iso27001'],
    'NIS2: handlepunkter',
    873,
  ),

  follow(
    'esg-step',
    'esg-analyse-as-is',
    ['esg-as-is', 'sustainability-data-overview', 'sustainability-documented-impact'],
    'Rammeværk for vurdering af ESG-arkitektur',
    549,
  ),
  // The report's concrete solutions (L2022-2033) belong to the ambition the organisation sets in step 2.
  follow(
    'esg-step',
    'esg-set-ambition',
    [
      'esg-to-be',
      'sustainability-leadership',
      'sustainability-co2-targets',
      'sustainability-energy-iot',
      'sustainability-reuse',
      'sustainability-data-sharing',
    ],
    'Rammeværk for vurdering af ESG-arkitektur',
    571,
  ),
  follow(
    'esg-step',
    'esg-define-requirements',
    ['esg-requirements', 'sustainability-operations-contracts', 'sustainability-procurement'],
    'Rammeværk for vurdering af ESG-arkitektur',
    593,
  ),
  follow(
    'esg-step',
    'esg-choose-direction',
    ['esg-direction', 'sustainability-accounting-tools'],
    'Rammeværk for vurdering af ESG-arkitektur',
    607,
  ),

  follow(
    'genai-follow-up',
    'genai-write-guidelines',
    ['genai-guidelines'],
    'GenAI: rammerne er stadig ikke på plads',
    1603,
  ),
  follow('genai-follow-up', 'genai-discuss-ethics', ['genai-ethics'], 'GenAI: rammerne er stadig ikke på plads', 1604),
  follow(
    'genai-follow-up',
    'genai-mandatory-training',
    ['genai-training'],
    'GenAI: rammerne er stadig ikke på plads',
    1607,
  ),
  follow('genai-follow-up', 'genai-ai-strategy', ['genai-strategy'], 'GenAI: rammerne er stadig ikke på plads', 1609),
  follow(
    'genai-follow-up',
    'genai-pilot-and-evaluate',
    ['genai-readiness', 'genai-evaluation'],
    'GenAI: implementering og afprøvning',
    1614,
  ),
  follow(
    'genai-follow-up',
    'genai-data-protection',
    ['genai-security-gdpr-concern', 'genai-data-transparency-concern'],
    'GenAI: bekymringer om data, sikkerhed og GDPR',
    1626,
  ),
];
