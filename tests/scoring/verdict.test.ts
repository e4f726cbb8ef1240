import { describe, expect, it } from 'vitest';
import { bank, isShown } from '../../questions';
import { assess, compareAssessments, nationalFigure, standingOf, verdictOf } from '../../scoring';
import { createTranslator } from '../../src/i18n';
import { verdictText } from '../../src/format/verdict-text';
import { loadFixture } from '../fixtures';

const national = (high: number, low: number, some?: number) =>
  nationalFigure({ high, low, ...(some === undefined ? {} : { some }) });

describe('an answer beside the national figure', () => {
  it('is level with most where most report the same best band', () => {
    // Modenhed i cybersikkerhed: 59 % i høj grad, 3 % slet ikke eller i lav grad.
    expect(standingOf('high', national(59, 3), 'maturity')).toBe('level');
    expect(standingOf('some', national(59, 3), 'maturity')).toBe('worse');
    expect(standingOf('low', national(59, 3), 'maturity')).toBe('worse');
  });

  it('is better than most at the best band when fewer than half are there', () => {
    expect(standingOf('high', national(40, 12), 'maturity')).toBe('better');
    expect(standingOf('some', national(40, 12), 'maturity')).toBe('level');
    expect(standingOf('low', national(40, 12), 'maturity')).toBe('worse');
  });

  it('reads a barrier item the other way round: a low degree is the good end', () => {
    expect(standingOf('low', national(25, 37), 'barrier')).toBe('better');
    expect(standingOf('high', national(25, 37), 'barrier')).toBe('worse');
    expect(standingOf('low', national(20, 60), 'barrier')).toBe('level');
  });

  it('counts a reported middle band, and never the unsplit rest', () => {
    // 30 % high, 45 % some, 20 % low: an answer in the middle has 30 % above it and 20 % below.
    expect(standingOf('some', national(30, 20, 45), 'maturity')).toBe('level');
    expect(standingOf('high', national(30, 20, 45), 'maturity')).toBe('better');
    // Low where over half are in the better bands.
    expect(standingOf('low', national(10, 30, 45), 'maturity')).toBe('worse');
  });

  it('compares a context item by degree, with neither end better', () => {
    expect(standingOf('low', national(12, 79), 'incident')).toBe('level');
    expect(standingOf('high', national(12, 79), 'incident')).toBe('more');
    expect(standingOf('low', national(58, 10), 'concern')).toBe('less');
  });
});

describe('the verdict', () => {
  it('puts every rated national item of an area in exactly one group, and names the first five recommendations', () => {
    for (const name of ['large-region-rpa', 'small-municipality-starting'] as const) {
      const { answers } = loadFixture(name);
      const result = assess(bank, answers);
      const verdict = verdictOf(bank, answers, result);
      expect(verdict.areas.map((a) => a.sectionId)).toEqual(['cybersecurity', 'genai', 'sustainability']);
      for (const area of verdict.areas) {
        const ids = [...area.better, ...area.level, ...area.worse, ...area.notCompared];
        const rated = bank.sections
          .find((s) => s.id === area.sectionId)!
          .questions.filter(
            (q) => q.type === 'scale' && q.benchmark && q.polarity !== 'incident' && q.polarity !== 'concern',
          )
          .filter((q) => isShown(q, answers));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.sort()).toEqual(rated.map((q) => q.id).sort());
      }
      expect(verdict.firstSteps).toEqual(result.recommendations.slice(0, 5).map((r) => r.id));
      expect(verdict.barriers.map((b) => b.value)).toEqual(
        [...verdict.barriers.map((b) => b.value)].sort((a, b) => (b ?? 0) - (a ?? 0)),
      );
    }
  });

  it('says what moved when an earlier assessment is set beside it', () => {
    const now = loadFixture('nis2-mature-no-sustainability').answers;
    const before = { ...now, 'cyber-nis2-compliance': 'low' };
    const verdict = verdictOf(bank, now, assess(bank, now), compareAssessments(bank, before, now));
    expect(verdict.change).toEqual({ better: ['cybersecurity'], worse: [], same: expect.any(Array) });
    expect(verdictOf(bank, now, assess(bank, now)).change).toBeUndefined();
  });

  it('warns when most answers are "Ved ikke"', () => {
    const answers = Object.fromEntries(
      bank.sections.flatMap((s) => s.questions.filter((q) => q.type === 'scale').map((q) => [q.id, 'dont-know'])),
    );
    const verdict = verdictOf(bank, answers, assess(bank, answers));
    expect(verdict.mostlyUnknown).toBe(true);
    expect(verdict.barrierState).toBe('unanswered');
  });
});

describe('the verdict on barriers', () => {
  const allBarriers = (degree: string, overrides: Record<string, string> = {}) => ({
    ...Object.fromEntries(
      bank.sections.filter((s) => s.kind === 'barrier-category').flatMap((s) => s.questions.map((q) => [q.id, degree])),
    ),
    ...overrides,
  });

  it('calls no barrier large when every barrier answer is »I lav grad«, and names the weakest area instead', () => {
    const { answers } = loadFixture('education-genai-first');
    const verdict = verdictOf(bank, answers, assess(bank, answers));
    expect(verdict.barrierState).toBe('small');
    expect(verdict.barriers).toEqual([]);
    expect(verdict.weakestAreas).toEqual(['genai']);
    const text = verdictText(verdict, createTranslator('da'));
    expect(text.barriers).toMatch(/^I har ingen store barrierer/);
    expect(text.barriers).toContain('Jeres svageste område er Generativ kunstig intelligens (GenAI) med 28 af 100.');
    expect(text.barriers).not.toContain('Kompetencer');
  });

  it('names a barrier as large from the threshold on, and not below it', () => {
    const { largePressure } = bank.scoring;
    const large = (answers: Record<string, string>) =>
      verdictOf(bank, answers, assess(bank, answers)).barriers.map((s) => Math.round(s.value ?? 0));
    // Half »I nogen grad«, half »I lav grad« on Stor barriers: 50 of 100, the threshold itself.
    const mixed = allBarriers('not-at-all', {
      'skills-technology-choice': 'some',
      'skills-process-knowledge': 'low',
      'skills-data-science': 'dont-know',
    });
    expect(large(mixed)).toEqual([largePressure]);
    expect(large({ ...mixed, 'skills-technology-choice': 'low' })).toEqual([]);
  });

  it('names every category tied with the last one named, however many', () => {
    const answers = allBarriers('some');
    const verdict = verdictOf(bank, answers, assess(bank, answers));
    expect(verdict.barrierState).toBe('large');
    expect(verdict.barriers.map((s) => s.sectionId)).toHaveLength(7);
    // Every competence and resource barrier »I høj grad«, the rest »Slet ikke«: two categories at 100 each.
    const heavy = ['skills-technology-choice', 'skills-process-knowledge', 'skills-data-science'];
    heavy.push('risk-appetite-funding', 'it-prioritisation', 'specialist-time');
    const two = allBarriers('not-at-all', Object.fromEntries(heavy.map((id) => [id, 'high'])));
    expect(verdictOf(bank, two, assess(bank, two)).barriers.map((s) => s.sectionId)).toEqual([
      'barriers-competencies',
      'barriers-resources',
    ]);
  });

  it('names both weakest areas when two tie', () => {
    const answers = {
      ...allBarriers('low'),
      'genai-guidelines': 'low',
      'sustainability-leadership': 'low',
      'cyber-mature': 'high',
    };
    const verdict = verdictOf(bank, answers, assess(bank, answers));
    expect(verdict.weakestAreas).toEqual(['genai', 'sustainability']);
  });
});
