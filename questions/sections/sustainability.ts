import type { Section } from '../schema';
import { ramboll } from '../sources';
import { actionPoint, surveyItem, withSectorFigure } from './maturity';

const figure = 'Bæredygtighed (figur)';
const esg = 'Rammeværk for vurdering af ESG-arkitektur';

/**
 * The ten sustainability items of IT i praksis in the report's four groups (figure L1986-2036, prose L2037-2097)
 * and the four steps of the ESG-architecture framework for CSRD reporting (L524-700).
 */
export const sustainability: Section = {
  id: 'sustainability',
  kind: 'maturity-area',
  source: ramboll('Bæredygtighed', 1986),
  questions: [
    surveyItem(
      'sustainability-leadership',
      'maturity',
      41,
      22,
      { section: figure, line: 1986 },
      'strategic-initiatives',
    ),
    // The one item the report splits by sector, in its prose.
    withSectorFigure(
      surveyItem(
        'sustainability-co2-targets',
        'maturity',
        30,
        43,
        { section: figure, line: 1989 },
        'strategic-initiatives',
      ),
      { high: { municipality: 52, state: 6 }, source: ramboll('Bæredygtighed: strategiske initiativer', 2050) },
    ),
    surveyItem(
      'sustainability-operations-contracts',
      'maturity',
      23,
      36,
      { section: figure, line: 1995 },
      'supplier-requirements',
    ),
    surveyItem(
      'sustainability-procurement',
      'maturity',
      28,
      26,
      { section: figure, line: 1999 },
      'supplier-requirements',
    ),
    surveyItem(
      'sustainability-data-overview',
      'maturity',
      16,
      43,
      { section: figure, line: 2005 },
      'data-documentation',
    ),
    surveyItem(
      'sustainability-documented-impact',
      'maturity',
      16,
      45,
      { section: figure, line: 2010 },
      'data-documentation',
    ),
    // The prose gives the middle band: 23 % "i nogen grad" (L2075-2078), so 11 % answered neither.
    {
      ...surveyItem(
        'sustainability-accounting-tools',
        'maturity',
        15,
        51,
        { section: figure, line: 2014 },
        'data-documentation',
      ),
      benchmark: { high: 15, low: 51, some: 23 },
    },
    surveyItem('sustainability-energy-iot', 'maturity', 17, 50, { section: figure, line: 2022 }, 'concrete-solutions'),
    surveyItem('sustainability-reuse', 'maturity', 20, 43, { section: figure, line: 2026 }, 'concrete-solutions'),
    surveyItem('sustainability-data-sharing', 'maturity', 8, 47, { section: figure, line: 2030 }, 'concrete-solutions'),
    actionPoint('esg-as-is', esg, 549, 'esg-framework'),
    actionPoint('esg-to-be', esg, 571, 'esg-framework'),
    actionPoint('esg-requirements', esg, 593, 'esg-framework'),
    actionPoint('esg-direction', esg, 607, 'esg-framework'),
  ],
};
