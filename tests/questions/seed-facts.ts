/**
 * The facts of ../shared/reference/seed-facts.md, typed out once more by hand so that the bank is checked
 * against an independent copy. Each row cites the seed line it comes from.
 */

type R = 'Stor' | 'Lille';

/** Deloitte appendix A: code → [effect, relevance, seed line of 000_814d395d67d353bb.txt]. */
export const barrierRatings: Record<string, [R, R, number]> = {
  K1: ['Stor', 'Stor', 4005],
  K2: ['Stor', 'Stor', 4029],
  K3: ['Stor', 'Stor', 4052], // its prose says the effect is not large; the rating column says Stor
  R1: ['Stor', 'Stor', 4097],
  R2: ['Stor', 'Lille', 4132],
  R3: ['Stor', 'Lille', 4166],
  J1: ['Stor', 'Stor', 4205],
  J2: ['Stor', 'Stor', 4241],
  J3: ['Stor', 'Stor', 4266],
  J4: ['Lille', 'Stor', 4291],
  P1: ['Stor', 'Stor', 4320],
  P2: ['Stor', 'Stor', 4344],
  P3: ['Stor', 'Stor', 4365],
  P4: ['Lille', 'Lille', 4399],
  F1: ['Stor', 'Stor', 4442],
  F2: ['Stor', 'Lille', 4471],
  F3: ['Lille', 'Lille', 4497],
  V1: ['Stor', 'Stor', 4529],
  V2: ['Stor', 'Stor', 4560],
  V3: ['Lille', 'Stor', 4581],
  A1: ['Stor', 'Stor', 4615],
  'T-R1': ['Stor', 'Stor', 4675],
  'T-R2': ['Stor', 'Stor', 4699],
  'T-R3': ['Lille', 'Stor', 4722],
  'T-R4': ['Lille', 'Lille', 4751],
  'T-R5': ['Lille', 'Stor', 4773],
  'T-R6': ['Lille', 'Lille', 4793],
  'T-M1': ['Lille', 'Stor', 4826],
  'T-M2': ['Stor', 'Lille', 4847],
  'T-M3': ['Stor', 'Lille', 4870],
  'T-D1': ['Stor', 'Lille', 4908],
  'T-D2': ['Lille', 'Stor', 4937],
  'T-D3': ['Lille', 'Stor', 4963],
  'T-D4': ['Stor', 'Lille', 4986],
  'T-I1': ['Stor', 'Stor', 5017],
  'T-I2': ['Stor', 'Lille', 5042],
  'T-B1': ['Lille', 'Lille', 5082],
};

/** Technology of each technology-specific code prefix. */
export const technologyOfPrefix: Record<string, string> = {
  'T-R': 'rpa',
  'T-M': 'machine-learning',
  'T-D': 'drones',
  'T-I': 'iot',
  'T-B': 'blockchain',
};

type Polarity = 'maturity' | 'barrier' | 'incident' | 'concern';

/**
 * IT i praksis 2024-2025: question id → [high %, low %, polarity, seed line of 003_9d7a68344ede1571.txt].
 * Pairs the extraction scrambled are taken as the sheet resolves them from the prose (e.g. L1513, L1521, L1531).
 */
export const nationalFigures: Record<string, [number, number, Polarity, number, number?]> = {
  'cyber-disruptive-attack': [12, 79, 'incident', 1448],
  'cyber-mature': [59, 3, 'maturity', 1455],
  'cyber-staff-behaviour': [40, 12, 'maturity', 1459],
  'cyber-continuity-plans': [35, 18, 'maturity', 1465],
  'cyber-recovery-testing': [36, 20, 'maturity', 1488],
  'cyber-nis2-compliance': [31, 12, 'maturity', 1480],
  'cyber-iso27001': [64, 4, 'maturity', 1482],
  'cyber-dropped-for-budget': [25, 37, 'barrier', 1470],
  'cyber-dropped-for-skills': [20, 38, 'barrier', 1472],
  'genai-guidelines': [65, 16, 'maturity', 1553],
  'genai-security-gdpr-concern': [58, 10, 'concern', 1559],
  'genai-data-transparency-concern': [46, 9, 'concern', 1563],
  'genai-ethics': [43, 16, 'maturity', 1567],
  'genai-evaluation': [24, 44, 'maturity', 1571],
  'genai-readiness': [22, 48, 'maturity', 1575],
  'genai-strategy': [11, 67, 'maturity', 1580, 22],
  'genai-training': [4, 77, 'maturity', 1584],
  'sustainability-leadership': [41, 22, 'maturity', 1986],
  'sustainability-co2-targets': [30, 43, 'maturity', 1989],
  'sustainability-operations-contracts': [23, 36, 'maturity', 1995],
  'sustainability-procurement': [28, 26, 'maturity', 1999],
  'sustainability-data-overview': [16, 43, 'maturity', 2005],
  'sustainability-documented-impact': [16, 45, 'maturity', 2010],
  'sustainability-accounting-tools': [15, 51, 'maturity', 2014, 23],
  'sustainability-energy-iot': [17, 50, 'maturity', 2022],
  'sustainability-reuse': [20, 43, 'maturity', 2026],
  'sustainability-data-sharing': [8, 47, 'maturity', 2030],
};

/** The report's four sustainability groups (L1993, L2003, L2020, L2035). */
export const sustainabilityGroups: Record<string, string[]> = {
  'strategic-initiatives': ['sustainability-leadership', 'sustainability-co2-targets'],
  'supplier-requirements': ['sustainability-operations-contracts', 'sustainability-procurement'],
  'data-documentation': [
    'sustainability-data-overview',
    'sustainability-documented-impact',
    'sustainability-accounting-tools',
  ],
  'concrete-solutions': ['sustainability-energy-iot', 'sustainability-reuse', 'sustainability-data-sharing'],
};

/** Deloitte chapter 6: initiative → [codes it addresses per the sheet, seed line]. */
export const initiatives: Record<string, [string[], number]> = {
  'LF1.1': [['R1', 'F1', 'T-I1'], 3226],
  'LF1.2': [['R2', 'P2', 'P3'], 3261],
  'LF2.1': [['J2', 'J3', 'J4', 'T-M1', 'V3'], 3340],
  'LF2.2': [['P2', 'R1', 'T-M1', 'T-I1'], 3383],
  'LF3.1': [['R1'], 3563],
  'LF3.2': [['R2', 'R3', 'F1', 'F3', 'P1'], 3591],
  'LF3.3': [['A1', 'T-R1', 'T-R4', 'T-R6', 'J1', 'K1', 'T-I1'], 3612],
  'LF3.4': [['J2', 'J3', 'J4', 'T-M1', 'T-R5', 'T-D2', 'T-D3'], 3642],
  'LF3.5': [['K1', 'K2', 'K3'], 3686],
  'LF4.1': [['V1', 'V2', 'V3', 'P2', 'K1', 'K2', 'T-R2', 'T-R4'], 3800],
  'LF4.2': [['K1', 'K2', 'K3', 'P3', 'R2'], 3883],
};

/**
 * Rambøll's Impact Map action points for change management (003 L1005-1057): each one's seed line and the words
 * it starts with there, copied from the seed by hand like the rest of this file. Deloitte says its proposals only
 * partly cover change management (000 L3915-3922), so these are the change-management barriers' local actions.
 */
export const impactMapActions: Record<number, string> = {
  1005: 'Udfør en grundig parathedsanalyse',
  1017: 'Gennemfør forudsætningsberegninger',
  1031: 'Brug Impact Map til at kvantificere',
  1041: 'Forankr forandringsledelse i projektstyringen',
  1051: 'Evaluer og noter erfaringer i en erfaringslog',
};

/**
 * "I høj grad" per sector, where the prose of 003 gives it: item → [shares by sector, line]. L2050-2052: "52 pct. af
 * kommunerne mod kun 6 pct. af de statslige myndigheder har i høj grad sat mål herfor".
 */
export const sectorFigures: Record<string, [Record<string, number>, number]> = {
  'sustainability-co2-targets': [{ municipality: 52, state: 6 }, 2050],
};

/**
 * Deloitte's chapter-4 observations with no code or rating in appendix A (000 L1688-1870): the technology each is
 * about and the seed line where it starts, with the words it starts with there.
 */
export const chapterFourObservations: Record<string, [string, number, string]> = {
  'rpa-desktop-operation': ['rpa', 1714, 'En anden oplyst barriere er manglen på professionelle driftsmiljøer'],
  'rpa-robot-certificates': ['rpa', 1726, 'hov for egentlige robotcertifikater'],
  'ml-vendor-training-data': ['machine-learning', 1767, 'En af de offentlige organisationer gav desuden udtryk'],
  'drones-task-volume': ['drones', 1809, 'Derudover har flere'],
  'iot-citizen-consent': ['iot', 1833, 'De afholdte interview viser også'],
  'blockchain-cloud': ['blockchain', 1855, 'Etablering af blockchainløsninger er'],
  'blockchain-legal-model': ['blockchain', 1862, 'Juridisk vil de offentlige organisationer'],
};

/**
 * IT i praksis 2024-2025's figure sets beside Deloitte's barriers (audit §6.1 A-C): figure → [set, step, i høj grad,
 * the set's other band (i høj grad 2021-2022 for suppliers, slet ikke for costs), line of 003, Deloitte's barriers it
 * stands beside]. Efforts L1656-1701 (caption L1764, i høj grad only), costs L1833-1879 (caption L1828), suppliers
 * L1963-1983 (caption L1952). Benefit realisation is not R3, the professional staff's time (000 L4166-4172), and
 * renegotiating supplier agreements is supplier management (003 L1801-1805), so A1 (content audit 2, E4).
 */
export const contextFigures: Record<string, [string, string, number, number | undefined, number, string[]]> = {
  'top-management-anchoring': ['digitalisation-efforts', 'barriers-resources', 76, undefined, 1667, ['R1', 'R2']],
  'implementation-and-benefits': ['digitalisation-efforts', 'barriers-resources', 65, undefined, 1658, []],
  'business-owns-user-journey': ['digitalisation-efforts', 'barriers-resources', 64, undefined, 1661, ['R3']],
  'funding-new-initiatives': ['digitalisation-efforts', 'barriers-resources', 54, undefined, 1665, ['R1']],
  'modernise-platforms': ['digitalisation-efforts', 'barriers-architecture', 71, undefined, 1678, []],
  'supplier-delivery-quality': ['digitalisation-efforts', 'barriers-architecture', 60, undefined, 1681, ['A1']],
  'low-code-automation': ['digitalisation-efforts', 'technology-rpa', 24, undefined, 1684, []],
  'general-it-skills': ['digitalisation-efforts', 'barriers-competencies', 56, undefined, 1695, ['K1', 'K2']],
  'it-specialists': ['digitalisation-efforts', 'barriers-competencies', 65, undefined, 1698, ['K1', 'K3']],
  'multi-supplier-architecture': ['cost-efforts', 'barriers-architecture', 67, 8, 1833, ['A1']],
  'less-complexity': ['cost-efforts', 'barriers-architecture', 63, 11, 1836, []],
  'it-finance-skills': ['cost-efforts', 'barriers-resources', 34, 26, 1839, ['R1']],
  'it-cost-data': ['cost-efforts', 'barriers-resources', 33, 21, 1841, ['R1']],
  'renegotiated-agreements': ['cost-efforts', 'barriers-architecture', 26, 33, 1844, ['A1']],
  'cost-reduction-programme': ['cost-efforts', 'barriers-resources', 24, 34, 1847, ['R1']],
  'charge-back': ['cost-efforts', 'barriers-resources', 19, 51, 1850, ['R1']],
  'licence-increases': ['supplier-challenges', 'barriers-architecture', 58, 54, 1963, ['A1']],
  'unsuitable-contracts': ['supplier-challenges', 'barriers-architecture', 18, 20, 1965, ['A1']],
  'more-errors': ['supplier-challenges', 'barriers-architecture', 35, 79, 1968, ['A1']],
  'delayed-deliveries': ['supplier-challenges', 'barriers-architecture', 36, 81, 1970, ['A1']],
  'missing-functionality': ['supplier-challenges', 'barriers-architecture', 31, 55, 1972, ['A1']],
  'insufficient-maintenance': ['supplier-challenges', 'barriers-architecture', 26, 20, 1974, ['A1']],
  'too-few-own-resources': ['supplier-challenges', 'barriers-architecture', 39, 37, 1977, ['A1']],
  'falling-supplier-engagement': ['supplier-challenges', 'barriers-architecture', 28, 41, 1980, ['A1']],
  'poor-support': ['supplier-challenges', 'barriers-architecture', 25, 46, 1983, ['A1']],
};

/**
 * Percentages the product's texts may quote: the national figures, their "i nogen grad" remainders and the
 * shares the reports' prose states (Figure 3 K 52, R 44, J 41, L1338-1346; GenAI strategy 22, L1611;
 * CO2 targets 52 and 6, L2050). Figures that exist only in the images must not appear.
 */
export const quotablePercentages = new Set([
  ...Object.values(nationalFigures).flatMap(([high, low, , , some]) => [
    high,
    low,
    100 - high - low,
    ...(some ? [some] : []),
  ]),
  52,
  44,
  41,
  22,
  6,
]);

/**
 * The titles of IT i praksis 2024-2025's figures that Parat's figure sets show, as the report prints them: efforts
 * L1762, costs L1825-1826, suppliers L1949-1950. The source line quotes them, so they must be the report's words.
 */
export const reportFigureTitles: Record<string, string> = {
  'digitalisation-efforts': 'Indsatser for at drive digitaliseringen',
  'cost-efforts': 'Indsatser i offentlige organisationer for at begrænse it-omkostninger',
  'supplier-challenges': 'Udfordringer med it-leverandørernes leverancer, samarbejde og prisstigninger',
};

/**
 * The facts from after the reports that Parat adds, with their own sources (content audit 2, E2 and E27): the NIS2 act
 * (lov nr. 434 af 6. maj 2025, in force from 1 July 2025) and article 4 of the AI Act, which since 2 February 2025 asks
 * providers and deployers to take measures "i videst muligt omfang" and prescribes no form of training.
 */
export const legalUpdates: Record<string, { update: string[]; source: string[] }> = {
  'nis2-get-overview': { update: ['1. juli 2025'], source: ['lov nr. 434 af 6. maj 2025'] },
  'genai-mandatory-training': {
    update: [
      '2. februar 2025',
      'udbydere og idriftsættere',
      'i videst muligt omfang',
      'ikke en bestemt form for træning',
    ],
    source: ['forordning (EU) 2024/1689', 'artikel 4'],
  },
};
