import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, verdictOf, type AssessmentResult } from '../../scoring';
import { fixtureNames, loadFixture } from '../fixtures';

// Regenerate after a deliberate change to the bank or the method: UPDATE_GOLDEN=1 npx vitest run tests/scoring/golden
const update = process.env.UPDATE_GOLDEN === '1';
const goldenPath = (name: string) => join(import.meta.dirname, '../golden', `${name}.result.json`);

const resultOf = (name: (typeof fixtureNames)[number]) => assess(bank, loadFixture(name).answers);
const score = (result: AssessmentResult, sectionId: string) => result.scores.find((s) => s.sectionId === sectionId)!;
const topIds = (result: AssessmentResult, n: number) => result.recommendations.slice(0, n).map((r) => r.id);

describe('golden results for seven organisations', () => {
  for (const name of fixtureNames) {
    it(`${name} gives the recorded result`, () => {
      const actual = `${JSON.stringify(resultOf(name), null, 2)}\n`;
      if (update || !existsSync(goldenPath(name))) {
        if (!update) throw new Error(`no golden result for ${name}: run with UPDATE_GOLDEN=1`);
        writeFileSync(goldenPath(name), actual);
      }
      expect(actual).toBe(readFileSync(goldenPath(name), 'utf8'));
    });
  }

  it('tells the small municipality that competencies and resources weigh heaviest, and asks nothing about drones', () => {
    const result = resultOf('small-municipality-starting');
    expect(result.heaviestBarriers.slice(0, 2)).toEqual(['barriers-competencies', 'barriers-resources']);
    expect(score(result, 'technology-drones')).toMatchObject({ value: null, shown: 0 });
    expect(score(result, 'barriers-legal')).toMatchObject({ value: null, dontKnow: 4, shown: 4 });
    expect(score(result, 'sustainability').value).toBe(0);
  });

  it('shows the region its RPA barriers and points it to shared platforms', () => {
    const result = resultOf('large-region-rpa');
    expect(score(result, 'technology-rpa').shown).toBe(8);
    expect(score(result, 'technology-blockchain').shown).toBe(0);
    expect(topIds(result, 3)).toContain('innovation-platforms');
    expect(result.recommendations.find((r) => r.id === 'innovation-platforms')?.scope).toBe('central');
  });

  it('puts the legal initiatives first for the state agency piloting machine learning', () => {
    const result = resultOf('state-agency-ml-legal');
    expect(result.heaviestBarriers[0]).toBe('barriers-legal');
    expect(topIds(result, 4)).toEqual(
      expect.arrayContaining(['pioneer-projects', 'legal-taskforce', 'involve-lawyers-early']),
    );
    const taskforce = result.recommendations.find((r) => r.id === 'legal-taskforce')!;
    expect(taskforce.triggers.map((t) => t.questionId)).toContain('ml-audit-trail');
  });

  it('shows the NIS2-mature organisation full cyber maturity, no sustainability maturity, and sustainability advice only', () => {
    const result = resultOf('nis2-mature-no-sustainability');
    expect(score(result, 'cybersecurity').value).toBe(100);
    expect(score(result, 'sustainability').value).toBe(0);
    // Rambøll's assessment answers the most of its answers; the ESG steps follow in the order they build on each other.
    expect(topIds(result, 5)).toEqual([
      'sustainability-frontrunners',
      'esg-analyse-as-is',
      'esg-set-ambition',
      'esg-define-requirements',
      'esg-choose-direction',
    ]);
    expect(result.recommendations.some((r) => r.kind === 'nis2-action')).toBe(false);
  });

  it('tells the education institution, whose barriers are all small, that GenAI is where to start', () => {
    const { answers } = loadFixture('education-genai-first');
    const result = resultOf('education-genai-first');
    expect(verdictOf(bank, answers, result)).toMatchObject({ barrierState: 'small', weakestAreas: ['genai'] });
    expect(topIds(result, 3)).toEqual(['genai-data-protection', 'genai-pilot-and-evaluate', 'genai-ai-strategy']);
  });

  it('shows the state agency its ISO 27001 gap as worse than most, and its ESG steps in order', () => {
    const result = resultOf('state-agency-below-iso');
    const iso = result.recommendations.find((r) => r.id === 'nis2-use-maturity-gained')!;
    expect(iso.triggers.find((t) => t.questionId === 'cyber-iso27001')).toMatchObject({ standing: 'worse' });
    const esg = result.recommendations.filter((r) => r.kind === 'esg-step').map((r) => r.id);
    expect(esg).toEqual(['esg-analyse-as-is', 'esg-set-ambition', 'esg-choose-direction']);
  });

  it('gives the municipality with robots in operation Topdanmark’s lesson for the problems Topdanmark met', () => {
    const result = resultOf('municipality-mixed');
    expect(topIds(result, 5)).toContain('case-topdanmark');
    const topdanmark = result.recommendations.find((r) => r.id === 'case-topdanmark')!;
    expect(topdanmark.triggers.map((t) => t.questionId)).toEqual(
      expect.arrayContaining(['resistance-to-change', 'fear-of-redundancy', 'rpa-unstable-operation']),
    );
    expect(topdanmark.triggers.map((t) => t.questionId)).not.toContain('risk-appetite-funding');
  });
});
