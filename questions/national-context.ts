import type { Bank, SourceRef } from './schema';
import { ramboll } from './sources';

/**
 * The three figure sets of IT i praksis 2024-2025 shown beside Deloitte's 2018 barriers on the same subject (audit
 * §6.1). They do not measure the barriers again (content audit 2, E1): the efforts show what organisations
 * prioritise, the cost efforts what they have in place, and only the supplier challenges what they meet. Each set has
 * its own bands, so each variant carries exactly the figures the report gives and no more.
 * - `digitalisation-efforts`: efforts seen as important "i høj grad" (003 L1764); no other band is given.
 * - `supplier-challenges`: challenges met "i høj grad", 2024-2025 beside 2021-2022 (003 L1952, L1985).
 * - `cost-efforts`: efforts in place "i høj grad" and "slet ikke", where "slet ikke" is not "slet ikke eller i lav
 *   grad" (003 L1828).
 * The zod schema that checks them is in national-context-schema.ts, which a test and `npm run bank` run: the data
 * is static, and zod stays out of the chunk that shows them.
 */
interface FigureBase {
  id: string;
  /** The step the figure is shown on: the barrier category or technology whose subject it shares. */
  section: string;
  /** Deloitte's barriers the figure speaks to; empty where it speaks to the whole category. */
  codes: string[];
  high: number;
  source: SourceRef;
}
export type NationalFigure =
  | (FigureBase & { set: 'digitalisation-efforts' })
  | (FigureBase & { set: 'supplier-challenges'; earlierHigh: number })
  | (FigureBase & { set: 'cost-efforts'; notAtAll: number });
export const figureSets = ['digitalisation-efforts', 'supplier-challenges', 'cost-efforts'] as const;
export type FigureSet = (typeof figureSets)[number];

const efforts = 'Indsatser for at drive digitaliseringen';
// The report's own figure titles (003 L1825-1826, L1949-1950).
const costs = 'Indsatser i offentlige organisationer for at begrænse it-omkostninger';
const suppliers = 'Udfordringer med it-leverandørernes leverancer, samarbejde og prisstigninger';

const effort = (id: string, section: string, codes: string[], high: number, line: number) => ({
  id,
  set: 'digitalisation-efforts' as const,
  section,
  codes,
  high,
  source: ramboll(efforts, line),
});

// Every supplier challenge is a facet of Deloitte's A1 (suppliers without APIs, costly new functions, L4615).
const supplierChallenge = (id: string, earlierHigh: number, high: number, line: number) => ({
  id,
  set: 'supplier-challenges' as const,
  section: 'barriers-architecture',
  codes: ['A1'],
  high,
  earlierHigh,
  source: ramboll(suppliers, line),
});

// The report ties cost efforts to funding: "Indsatser for at skabe finansiering til eksempelvis modernisering af
// platforme kan understøttes af skarp leverandørstyring og et stærkere omkostningsreducerende fokus" (L1714-1717),
// so they stand beside R1, lack of funding; the set's caption says so. Renegotiating supplier agreements is supplier
// management (L1801-1805), so that one stands beside A1.
const costEffort = (
  id: string,
  high: number,
  notAtAll: number,
  line: number,
  section = 'barriers-resources',
  codes = ['R1'],
) => ({
  id,
  set: 'cost-efforts' as const,
  section,
  codes,
  high,
  notAtAll,
  source: ramboll(costs, line),
});

/** Cross-references zod cannot see: unique ids, a scored section, and codes that section asks. */
export function nationalContextProblems(figures: NationalFigure[], questionBank: Bank): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const figure of figures) {
    if (ids.has(figure.id)) problems.push(`national figure "${figure.id}" is used twice`);
    ids.add(figure.id);
    const section = questionBank.sections.find((s) => s.id === figure.section);
    if (!section || section.kind === 'profile') {
      problems.push(`national figure "${figure.id}" is shown on "${figure.section}", which is no scored section`);
      continue;
    }
    const asked = new Set(section.questions.flatMap((q) => (q.type === 'scale' ? q.codes : [])));
    for (const code of figure.codes) {
      if (!asked.has(code)) problems.push(`national figure "${figure.id}" speaks to ${code}, not asked on its step`);
    }
  }
  return problems;
}

/**
 * IT i praksis 2024-2025's figures for all public organisations beside the Deloitte barriers on the same subject
 * (audit §6.1 A-C), in the report's order within each set. Context, not questions: they are not scored. Every figure
 * of the three sets is shown: the cost rows pair label and numbers by the order of both columns (L1833-1879), the
 * rule seed-facts.md follows and the prose confirms ("to ud af tre", L1807-1812, for the first two).
 */
export const nationalContext: NationalFigure[] = [
  // Rette kompetencer (L1693-1701, prose L1745-1756).
  effort('it-specialists', 'barriers-competencies', ['K1', 'K3'], 65, 1698),
  effort('general-it-skills', 'barriers-competencies', ['K1', 'K2'], 56, 1695),
  // Organisatoriske indsatser (L1656-1674, prose L1719-1731).
  effort('top-management-anchoring', 'barriers-resources', ['R1', 'R2'], 76, 1667),
  // Benefit realisation is no Deloitte barrier: R3 is the professional staff's time (000 L4166-4172).
  effort('implementation-and-benefits', 'barriers-resources', [], 65, 1658),
  effort('business-owns-user-journey', 'barriers-resources', ['R3'], 64, 1661),
  effort('funding-new-initiatives', 'barriers-resources', ['R1'], 54, 1665),
  // Long-term efforts to cut IT costs (L1807-1812): an architecture for several suppliers answers dependence on
  // one (A1); less complexity speaks to the architecture as a whole.
  costEffort('multi-supplier-architecture', 67, 8, 1833, 'barriers-architecture', ['A1']),
  costEffort('less-complexity', 63, 11, 1836, 'barriers-architecture', []),
  costEffort('it-finance-skills', 34, 26, 1839),
  costEffort('it-cost-data', 33, 21, 1841),
  costEffort('renegotiated-agreements', 26, 33, 1844, 'barriers-architecture', ['A1']),
  costEffort('cost-reduction-programme', 24, 34, 1847),
  costEffort('charge-back', 19, 51, 1850),
  // Teknologi og leverancer (L1676-1691, prose L1733-1743).
  effort('modernise-platforms', 'barriers-architecture', [], 71, 1678),
  effort('supplier-delivery-quality', 'barriers-architecture', ['A1'], 60, 1681),
  supplierChallenge('licence-increases', 54, 58, 1963),
  supplierChallenge('unsuitable-contracts', 20, 18, 1965),
  supplierChallenge('more-errors', 79, 35, 1968),
  supplierChallenge('delayed-deliveries', 81, 36, 1970),
  supplierChallenge('missing-functionality', 55, 31, 1972),
  // Label and both numbers share one line (L1974-1975); the prose speaks of maintenance and support together as
  // improved (L1917-1924), which only support did (46 → 25 %): the figure carries a note that says so (audit 2, E7).
  supplierChallenge('insufficient-maintenance', 20, 26, 1974),
  supplierChallenge('too-few-own-resources', 37, 39, 1977),
  supplierChallenge('falling-supplier-engagement', 41, 28, 1980),
  supplierChallenge('poor-support', 46, 25, 1983),
  // Low-code automation is RPA's neighbour, not RPA (000 L696-702): a quarter of organisations have efforts
  // (L1737-1740), and the figure's note says it is related, not the same.
  effort('low-code-automation', 'technology-rpa', [], 24, 1684),
];

/** The figures shown on one step, in the report's order. */
export const nationalContextOf = (sectionId: string) => nationalContext.filter((f) => f.section === sectionId);
