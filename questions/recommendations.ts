import { caseOf, changeAction, follow, initiative, lesson } from './recommendation-kinds';
import type { Recommendation } from './schema';

/**
 * What Parat can recommend, and the answers that trigger each. The initiatives are Deloitte's chapter 6 (L3049-3920);
 * chapter 6 names no barrier codes, so which barriers each one answers is Parat's reading of its text, and the app
 * says so. Lessons come from chapter 5 (L2040-2813); the NIS2 action points, ESG steps and Rambøll's assessment from
 * IT i praksis 2024-2025; the GenAI follow-ups are Parat's, derived from Rambøll's GenAI findings (L1598-1637).
 */
export const recommendations: Recommendation[] = [
  // Parat's reading: LF1.1 gives a central, authoritative voice on the maturity and risk of new technology
  // (L3230-3259), which answers doubts about immature products (T-I1, T-M3) as well as risk aversion (R1).
  initiative('political-agenda', 'LF1.1', ['R1', 'F1', 'T-I1', 'T-M3'], 3226),
  initiative('adoption-targets', 'LF1.2', ['R2', 'P2', 'P3'], 3261),
  initiative('pioneer-projects', 'LF2.1', ['J2', 'J3', 'J4', 'T-M1', 'V3'], 3340),
  initiative('flagship-projects', 'LF2.2', ['P2', 'R1', 'T-M1', 'T-I1'], 3383),
  initiative('project-funding', 'LF3.1', ['R1'], 3563),
  initiative('innovation-management', 'LF3.2', ['R2', 'R3', 'F1', 'F3', 'P1'], 3591),
  // T-R3 arises where systems interact across organisations and suits cross-public mitigation (L4738-4740).
  // Its platforms include virtualised RPA servers and cloud-like services (L3618-3624): Parat's reading, the answer to
  // robots on desktops without monitoring, to robot certificates and to blockchain's need for cloud.
  initiative('innovation-platforms', 'LF3.3', ['A1', 'T-R1', 'T-R3', 'T-R4', 'T-R6', 'J1', 'K1', 'T-I1'], 3612, [
    'rpa-desktop-operation',
    'rpa-robot-certificates',
    'blockchain-cloud',
  ]),
  // The taskforce's examples are IoT data collection and ML's audit trail (L3657-3661); the chapter-4 legal doubts
  // about training data, consent and a network without a central actor are of the same kind.
  initiative('legal-taskforce', 'LF3.4', ['J2', 'J3', 'J4', 'T-M1', 'T-R5', 'T-D2', 'T-D3'], 3642, [
    'ml-vendor-training-data',
    'iot-citizen-consent',
    'blockchain-legal-model',
  ]),
  initiative('technology-academy', 'LF3.5', ['K1', 'K2', 'K3'], 3686),
  // Too few tasks for drones (L1809-1813) is the drone case of P3, which Deloitte would pool in a cross-organisational
  // initiative (L4385-4388); the centres spread working solutions and lower the cost of starting (L3806-3822), and
  // LF4.2 spares small organisations their own capacity (L3790-3796). Parat's reading.
  initiative('knowledge-sharing-advice', 'LF4.1', ['V1', 'V2', 'V3', 'P2', 'K1', 'K2', 'T-R2', 'T-R4'], 3800, [
    'drones-task-volume',
  ]),
  // T-D1 (drone data into processes) is integration work of the kind LF4.2 lends people for: Parat's reading.
  initiative('implementation-assistance', 'LF4.2', ['K1', 'K2', 'K3', 'P3', 'R2', 'T-D1'], 3883, [
    'drones-task-volume',
  ]),

  // Each lesson answers what its text says it helped with (L2086-2160), no more. Management's priority gave money and
  // people (R1) and put the project first across IT and the business units (R2), and backing eased resistance (F1)
  // (L2096-2113).
  lesson('management-backing', ['R1', 'R2', 'F1'], 2096),
  // Choosing processes to automate is easier from the business (P2, and the professional staff's time it takes, R3:
  // L4177-4179); IT is needed for operation (R2: projects run without IT were hard to scale, L4141-4143) (L2118-2128).
  lesson('business-anchoring', ['P2', 'R2', 'R3'], 2118),
  // Small pilots with a well-defined use case show the potential (P2, P4) where structured data of good quality exist
  // (T-M2) (L2134-2150); a pilot also tries out products of unknown maturity and narrow use (T-D4, T-I2, T-B1:
  // L4986-4994, L5042-5058, L5082-5091). It adds no tasks, so it does not answer too little task volume (P3).
  lesson('start-small', ['P2', 'P4', 'T-M2', 'T-D4', 'T-I2', 'T-B1'], 2134, ['structured-data-access']),
  lesson('involve-lawyers-early', ['J2', 'J3', 'J4', 'T-R5', 'T-M1', 'T-D3'], 2154, [
    'ml-vendor-training-data',
    'iot-citizen-consent',
    'blockchain-legal-model',
  ]),
  // A case is recommended for the challenges its text says the organisation met, which its advice answers: an
  // organisation learns from one that met the same problems. Its advice alone (management backing, a business case)
  // is the shared lessons' to answer.
  // Topdanmark: stable operation across environments (T-R4, L2215-2219), staff holding processes back for fear for
  // their jobs (F2, L2231-2233), poor input data (L2241-2249), and less pressure from management meaning more
  // resistance (F1, L2251-2259).
  caseOf('rpa', 'case-topdanmark', ['T-R4', 'F1', 'F2'], 2261, ['structured-data-access']),
  // Birmingham: system updates stopping robots (T-R2) and professional, virtualised operation (L2353-2362), fear for
  // jobs (F2, L2365-2369), robots that stop and need watching (T-R4, L2375-2380).
  caseOf('rpa', 'case-birmingham', ['F2', 'T-R2', 'T-R4'], 2392, ['rpa-desktop-operation']),
  // ISS: staff and customers unwilling to be tracked (F1, L2493-2499), the sensors' maturity (T-I1, T-I2, L2505-2511).
  caseOf('iot', 'case-iss', ['F1', 'T-I1', 'T-I2'], 2519),
  // Danske Bank: resistance (F1, L2593), projects stopped when their purpose was not understood (F3, L2595-2601), data
  // quality (T-M2, L2607-2615), the law on using and combining data (J3, L2621-2627).
  caseOf('machine-learning', 'case-danske-bank', ['F1', 'F3', 'T-M2', 'J3'], 2641, ['structured-data-access']),
  // Deakin: colleagues against it for fear of losing their work (F1, F2, L2737-2743), leaders asking whether time and
  // money should go to other projects, answered with a prototype that won management's support (R1: L2747-2753,
  // L2697-2701), unstandardised data (T-M2, L2757-2765).
  caseOf('machine-learning', 'case-deakin', ['F1', 'F2', 'R1', 'T-M2'], 2777, ['structured-data-access']),

  // Parat's reading. A readiness analysis maps culture and staff's experience of change (F1, F2) and involves the
  // staff and managers affected (003 L968-973), the involvement Deloitte says answers a project not understood (F3,
  // 000 L4508-4509). The budget sets money for training and communication (003 L960-961), and F3 leads to too little
  // being allocated (000 L4500). Budgeting and anchoring in the project keep the effort from being cut when the
  // project is pressed (F1). Quantified gains make the case for the change understood (F3); the lessons log serves
  // later priorities (003 L1051-1057), the weakest link to F3, and comes last as the last step.
  changeAction('change-readiness-analysis', ['F1', 'F2', 'F3'], 1005, 1),
  changeAction('change-budget', ['F1', 'F3'], 1017, 2),
  changeAction('change-impact-map', ['F3'], 1031, 3),
  changeAction('change-in-project-management', ['F1', 'F2'], 1041, 4),
  changeAction('change-lessons-log', ['F3'], 1051, 5),

  follow(
    'nis2-action',
    'nis2-get-overview',
    // Staff awareness is part of the security operations task (L814-818) that the overview covers (L823-831).
    ['nis2-overview', 'cyber-mature', 'cyber-nis2-compliance', 'cyber-staff-behaviour'],
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
    ['nis2-competence-plan', 'cyber-dropped-for-skills'],
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
    1,
  ),
  // Step 2 sets the vision and goals: leadership attention and CO2 targets are where an ambition shows.
  follow(
    'esg-step',
    'esg-set-ambition',
    ['esg-to-be', 'sustainability-leadership', 'sustainability-co2-targets'],
    'Rammeværk for vurdering af ESG-arkitektur',
    571,
    2,
  ),
  // Step 3 is the requirements for the ESG solution itself (L593-606), not requirements on IT suppliers.
  follow(
    'esg-step',
    'esg-define-requirements',
    ['esg-requirements'],
    'Rammeværk for vurdering af ESG-arkitektur',
    593,
    3,
  ),
  follow(
    'esg-step',
    'esg-choose-direction',
    ['esg-direction', 'sustainability-accounting-tools'],
    'Rammeværk for vurdering af ESG-arkitektur',
    607,
    4,
  ),

  // Rambøll's assessment: frontrunners use digital tools and set requirements in IT purchases and operations
  // (L2080-2086), the concrete solutions and supplier requirements of the survey (L2022-2071).
  follow(
    'ramboll-assessment',
    'sustainability-frontrunners',
    [
      'sustainability-procurement',
      'sustainability-operations-contracts',
      'sustainability-energy-iot',
      'sustainability-reuse',
      'sustainability-data-sharing',
    ],
    'Bæredygtighed: Rambølls vurdering',
    2080,
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
