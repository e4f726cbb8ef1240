import { describe, expect, it } from 'vitest';
import { bank, type ScaleQuestion } from '../../questions';
import { shownSections } from '../../questions/visibility';
import { nationalContext } from '../../questions/national-context';
import { resources } from '../../src/i18n';
import {
  barrierRatings,
  chapterFourObservations,
  contextFigures,
  impactMapActions,
  initiatives,
  legalUpdates,
  nationalFigures,
  reportFigureTitles,
  sectorFigures,
  sustainabilityGroups,
  technologyOfPrefix,
} from './seed-facts';

const scale = bank.sections.flatMap((s) =>
  s.questions.filter((q): q is ScaleQuestion => q.type === 'scale').map((q) => ({ section: s, q })),
);

describe('seed fidelity', () => {
  it('asks at least one question for every concrete barrier, with the seed rating and line', () => {
    for (const [code, [effect, relevance, line]] of Object.entries(barrierRatings)) {
      const asking = scale.filter(({ q }) => q.codes.includes(code));
      expect(asking.length, code).toBeGreaterThan(0);
      for (const { q } of asking) expect(q.rating, `${q.id}`).toEqual({ effect, relevance });
      expect(
        asking.some(
          ({ q }) => q.source.report === 'deloitte-2018' && q.source.line >= line && q.source.line < line + 25,
        ),
        `${code} cites its appendix entry at L${line}`,
      ).toBe(true);
    }
  });

  it('uses no code outside the appendix and rates nothing the report did not rate', () => {
    for (const { q } of scale) {
      for (const code of q.codes) expect(Object.keys(barrierRatings)).toContain(code);
      if (q.codes.length === 0) expect(q.rating, q.id).toBeUndefined();
    }
  });

  it('shows each technology-specific barrier only when its technology is at least being explored', () => {
    for (const { q } of scale.filter(({ q }) => q.codes.some((c) => c.startsWith('T-')))) {
      const technology = technologyOfPrefix[q.codes[0]!.slice(0, 3)];
      expect(q.showIf).toEqual({ question: `stage-${technology}`, anyOf: ['exploring', 'pilot', 'operation'] });
    }
  });

  it("asks chapter 4's unrated technology observations in their own technology's step only, unrated", () => {
    const unrated = scale.filter(({ section, q }) => section.kind === 'technology' && q.codes.length === 0);
    expect(unrated.map(({ q }) => q.id).sort()).toEqual(Object.keys(chapterFourObservations).sort());
    for (const { section, q } of unrated) {
      const [technology, line] = chapterFourObservations[q.id]!;
      expect(section.id, q.id).toBe(`technology-${technology}`);
      expect(q.showIf, q.id).toEqual({ question: `stage-${technology}`, anyOf: ['exploring', 'pilot', 'operation'] });
      expect(q.rating, q.id).toBeUndefined();
      expect(q.polarity, q.id).toBe('barrier');
      expect(q.source, q.id).toMatchObject({ report: 'deloitte-2018', line });
    }
  });

  it('shows each chapter-4 observation with its own technology and with no other', () => {
    const technologies = Object.values(technologyOfPrefix);
    const shownWith = (technology: string) =>
      new Set(shownSections(bank, { [`stage-${technology}`]: 'pilot' }).flatMap((s) => s.questions.map((q) => q.id)));
    for (const [id, [own]] of Object.entries(chapterFourObservations)) {
      for (const technology of technologies)
        expect(shownWith(technology).has(id), `${id} with ${technology}`).toBe(technology === own);
    }
    expect(shownSections(bank, { 'stage-iot': 'not-considered' }).some((s) => s.id === 'technology-iot')).toBe(false);
  });

  it('carries every national figure with its polarity and line, and no figure beyond them', () => {
    const withFigures = scale.filter(({ q }) => q.benchmark);
    expect(withFigures.map(({ q }) => q.id).sort()).toEqual(Object.keys(nationalFigures).sort());
    for (const { q } of withFigures) {
      // The middle band only where the prose gives it (003 L1611, L2075-2078).
      const [high, low, polarity, line, some] = nationalFigures[q.id]!;
      const { high: h, low: l, some: s } = q.benchmark!;
      expect({ high: h, low: l, some: s }, q.id).toEqual({ high, low, some });
      expect(q.polarity, q.id).toBe(polarity);
      expect(q.source, q.id).toMatchObject({ report: 'ramboll-2024', line });
    }
  });

  it('gives a sector figure only where the report does, with its shares and line', () => {
    const withSector = scale.filter(({ q }) => q.benchmark?.bySector);
    expect(withSector.map(({ q }) => q.id)).toEqual(Object.keys(sectorFigures));
    for (const { q } of withSector) {
      const [high, line] = sectorFigures[q.id]!;
      expect(q.benchmark!.bySector).toEqual({
        high,
        source: expect.objectContaining({ report: 'ramboll-2024', line }),
      });
    }
  });

  it('groups the sustainability items as the report does', () => {
    for (const [group, ids] of Object.entries(sustainabilityGroups)) {
      const inGroup = scale.filter(({ q }) => q.group === group).map(({ q }) => q.id);
      expect(inGroup, group).toEqual(ids);
    }
  });

  it('has the nine cybersecurity items and five NIS2 action points, the eight GenAI items, and the four ESG steps', () => {
    const ids = (sectionId: string) => bank.sections.find((s) => s.id === sectionId)!.questions.map((q) => q.id);
    expect(ids('cybersecurity').filter((id) => id.startsWith('cyber-'))).toHaveLength(9);
    expect(ids('cybersecurity').filter((id) => id.startsWith('nis2-'))).toHaveLength(5);
    expect(ids('genai')).toHaveLength(8);
    expect(ids('sustainability').filter((id) => id.startsWith('esg-'))).toHaveLength(4);
  });

  it('maps each of the eleven initiatives to at least the barriers the report names', () => {
    const byLabel = new Map(bank.recommendations.filter((r) => r.label).map((r) => [r.label, r]));
    expect([...byLabel.keys()].sort()).toEqual(Object.keys(initiatives).sort());
    for (const [label, [codes, line]] of Object.entries(initiatives)) {
      const recommendation = byLabel.get(label)!;
      expect(recommendation.codes, label).toEqual(expect.arrayContaining(codes));
      expect(recommendation.source, label).toMatchObject({ report: 'deloitte-2018', line });
      expect(recommendation.proposal, label).toBe(label.slice(0, 3));
    }
  });

  it("gives the change-management barriers Rambøll's five Impact Map action points, each at its seed line", () => {
    const actions = bank.recommendations.filter((r) => r.kind === 'change-action');
    const lineOf = (source: (typeof actions)[number]['source']) => ('line' in source ? source.line : 0);
    expect(actions.map((r) => lineOf(r.source)).sort()).toEqual(Object.keys(impactMapActions).map(Number).sort());
    for (const action of actions) {
      const line = lineOf(action.source);
      expect(impactMapActions[line], action.id).toBeDefined();
      expect(action.source.report).toBe('ramboll-2024');
      expect(action.codes.length, action.id).toBeGreaterThan(0);
      expect(
        action.codes.every((code) => ['F1', 'F2', 'F3'].includes(code)),
        action.id,
      ).toBe(true);
    }
    // Together they answer every change-management barrier.
    expect(new Set(actions.flatMap((r) => r.codes))).toEqual(new Set(['F1', 'F2', 'F3']));
  });

  it('addresses every rated barrier with at least one recommendation', () => {
    const addressed = new Set(bank.recommendations.flatMap((r) => r.codes));
    for (const code of Object.keys(barrierRatings)) expect(addressed.has(code), code).toBe(true);
  });

  it("sets every IT i praksis figure beside its barriers with the report's bands and line, and no figure beyond them", () => {
    expect(nationalContext.map((f) => f.id).sort()).toEqual(Object.keys(contextFigures).sort());
    for (const figure of nationalContext) {
      const [set, section, high, other, line, codes] = contextFigures[figure.id]!;
      expect({ set: figure.set, section: figure.section, high: figure.high, codes: figure.codes }, figure.id).toEqual({
        set,
        section,
        high,
        codes,
      });
      // Only the bands the set gives: "i høj grad" alone for efforts, and "slet ikke" never widened to "lav grad".
      const otherBand =
        figure.set === 'supplier-challenges'
          ? figure.earlierHigh
          : figure.set === 'cost-efforts'
            ? figure.notAtAll
            : undefined;
      expect(otherBand, figure.id).toBe(other);
      expect(figure.source, figure.id).toMatchObject({ report: 'ramboll-2024', line });
    }
  });

  it("quotes the report's own title for each figure set it cites", () => {
    for (const [set, title] of Object.entries(reportFigureTitles)) {
      expect(resources.da.national.sets[set as keyof typeof resources.da.national.sets].title, set).toBe(title);
      for (const figure of nationalContext.filter((f) => f.set === set)) {
        expect(figure.source, figure.id).toMatchObject({ section: title });
      }
    }
  });

  it('notes where a figure is not what its label suggests: low-code beside RPA, maintenance beside the prose', () => {
    for (const id of ['low-code-automation', 'insufficient-maintenance']) {
      expect(Object.keys(resources.da.national.notes), id).toContain(id);
      expect(Object.keys(resources.en.national.notes), id).toContain(id);
    }
  });

  it('states the dated legal facts as the law and the regulation do, each with its own source', () => {
    const recommendations = resources.da.recommendations as Record<string, Record<string, string>>;
    for (const [id, { update, source }] of Object.entries(legalUpdates)) {
      for (const words of update) expect(recommendations[id]!.update, id).toContain(words);
      for (const words of source) expect(recommendations[id]!.updateSource, id).toContain(words);
    }
    // The question's note says the same as the recommendation's.
    const training = resources.da.questions['genai-training'] as Record<string, string>;
    for (const words of legalUpdates['genai-mandatory-training']!.update) expect(training.update).toContain(words);
  });

  it("tells a state body that ISO 27001 is mandatory in the state, with the report's figure", () => {
    const iso = bank.sections.flatMap((s) => s.questions).find((q) => q.id === 'cyber-iso27001') as ScaleQuestion;
    const about = (resources.da.recommendations as Record<string, Record<string, string>>)['nis2-use-maturity-gained']!
      .about_state!;
    // 003 L1531-1533: "lever kun 64 pct. op til kravene i ISO27001-standarden, som er obligatorisk i staten".
    expect(about).toContain('obligatorisk i staten');
    expect(about).toContain(`${iso.benchmark!.high} %`);
  });
});
