import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess, benchmarkPositions, scoreSections } from '../../scoring';

const scoreOf = (answers: Record<string, string>, sectionId: string) =>
  scoreSections(bank, answers).find((s) => s.sectionId === sectionId)!;

describe('scores', () => {
  it('weighs a barrier with large effect twice as much as one with small effect', () => {
    // legal-responsibility (J4) has effect Lille, procurement-agreements (J1) Stor: (2·1 + 1·0) / (2 + 1) = 2/3
    const answers = { 'procurement-agreements': 'high', 'legal-responsibility': 'not-at-all' };
    expect(scoreOf(answers, 'barriers-legal').value).toBeCloseTo(200 / 3, 10);
  });

  it('weighs a barrier Deloitte describes without rating it like one it rated small, not like a large one', () => {
    // rpa-desktop-operation (chapter 4, no rating) weighs 1 beside rpa-test-environments (T-R1, Stor, 2): (1·1 + 2·0) / 3
    const answers = {
      'stage-rpa': 'operation',
      'rpa-desktop-operation': 'high',
      'rpa-test-environments': 'not-at-all',
    };
    expect(scoreOf(answers, 'technology-rpa').value).toBeCloseTo(100 / 3, 10);
    // A missing practice from Rambøll's survey still ranks like a large barrier: one worst answer counts a full 1.
    const [advice] = assess(bank, { 'cyber-recovery-testing': 'not-at-all' }).recommendations;
    expect(advice).toMatchObject({ id: 'nis2-strengthen-resilience', rank: { peak: 1 } });
  });

  it('counts "Ved ikke" and unanswered questions without averaging them in', () => {
    const answers = { 'procurement-agreements': 'some', 'data-storage-rules': 'dont-know' };
    const score = scoreOf(answers, 'barriers-legal');
    expect(score).toMatchObject({ kind: 'barrier-category', shown: 4, answered: 1, dontKnow: 1, unanswered: 2 });
    expect(score.value).toBeCloseTo((100 * 2) / 3, 10);
  });

  it('leaves an attack suffered and a worry held out of the maturity index, and lets them trigger advice', () => {
    const attacked = { 'cyber-disruptive-attack': 'high', 'cyber-mature': 'high' };
    expect(scoreOf(attacked, 'cybersecurity')).toMatchObject({ value: 100, answered: 1 });
    const worried = { 'genai-security-gdpr-concern': 'high' };
    expect(scoreOf(worried, 'genai').value).toBeNull();
    expect(assess(bank, worried).recommendations.map((r) => r.id)).toEqual(['genai-data-protection']);
  });

  it('scores a technology only while it is at least being explored, and keeps its answers', () => {
    const answers = { 'stage-rpa': 'pilot', 'rpa-test-environments': 'high' };
    expect(scoreOf(answers, 'technology-rpa')).toMatchObject({ value: 100, shown: 8, answered: 1 });
    const deselected = { ...answers, 'stage-rpa': 'not-considered' };
    expect(scoreOf(deselected, 'technology-rpa')).toMatchObject({ value: null, shown: 0, answered: 0 });
    expect(assess(bank, deselected).recommendations.flatMap((r) => r.triggers.map((t) => t.questionId))).not.toContain(
      'rpa-test-environments',
    );
  });

  it('places an answer in Rambøll’s band with the national share of that band', () => {
    const positions = benchmarkPositions(bank, {
      'cyber-disruptive-attack': 'high',
      'cyber-nis2-compliance': 'some',
      'genai-training': 'not-at-all',
      'genai-strategy': 'dont-know',
    });
    expect(positions.map(({ questionId, band, segment, share }) => ({ questionId, band, segment, share }))).toEqual([
      { questionId: 'cyber-disruptive-attack', band: 'high', segment: 'high', share: 12 },
      // The report does not give "i nogen grad" here: the answer is set beside the rest, called what it is.
      { questionId: 'cyber-nis2-compliance', band: 'some', segment: 'rest', share: 57 },
      { questionId: 'genai-training', band: 'low', segment: 'low', share: 77 },
    ]);
  });

  it('uses the middle band where the report gives it, and no remainder in its place', () => {
    const [tools] = benchmarkPositions(bank, { 'sustainability-accounting-tools': 'some' });
    expect(tools).toMatchObject({ segment: 'some', share: 23, national: { high: 15, some: 23, rest: 11, low: 51 } });
  });

  it("sets the answer beside its own sector's figure where the report gives one, and nowhere else", () => {
    const positions = (sector: string) =>
      benchmarkPositions(bank, { sector, 'sustainability-co2-targets': 'some', 'cyber-mature': 'high' });
    const co2 = (sector: string) => positions(sector).find((p) => p.questionId === 'sustainability-co2-targets')!;
    expect(co2('municipality')).toMatchObject({ share: 27, sector: { sector: 'municipality', high: 52 } });
    expect(co2('state').sector).toEqual({ sector: 'state', high: 6 });
    // No figure for regions, or for an item the report does not split by sector.
    expect(co2('region').sector).toBeUndefined();
    expect(positions('municipality').find((p) => p.questionId === 'cyber-mature')!.sector).toBeUndefined();
    expect(benchmarkPositions(bank, { 'sustainability-co2-targets': 'some' })[0]!.sector).toBeUndefined();
  });
});

describe('recommendations', () => {
  it('recommends nothing and says no barriers are reported when every barrier is answered "Slet ikke"', () => {
    const answers = Object.fromEntries(
      bank.sections
        .filter((s) => s.kind === 'barrier-category')
        .flatMap((s) => s.questions.map((q) => [q.id, 'not-at-all'])),
    );
    const result = assess(bank, answers);
    expect(result.barriersReported).toBe(false);
    expect(result.recommendations).toEqual([]);
    expect(result.heaviestBarriers).toEqual([]);
  });

  it('recommends nothing without answers', () => {
    expect(assess(bank, {}).recommendations).toEqual([]);
  });

  it('ranks a large-effect barrier above a small-effect one answered the same', () => {
    const result = assess(bank, { 'risk-appetite-funding': 'high', 'business-case': 'high' });
    const ids = result.recommendations.map((r) => r.id);
    expect(ids.indexOf('project-funding')).toBeLessThan(ids.indexOf('start-small'));
    expect(result.recommendations.find((r) => r.id === 'project-funding')!.rank.priority).toBe(1);
    expect(result.recommendations.find((r) => r.id === 'start-small')!.rank.priority).toBe(0.5);
    // A case about RPA is not shown to an organisation that has not considered RPA.
    expect(ids).not.toContain('case-birmingham');
  });

  it('says why: each recommendation lists the answers that triggered it', () => {
    const result = assess(bank, { 'skills-data-science': 'some', 'skills-process-knowledge': 'high' });
    const academy = result.recommendations.find((r) => r.id === 'technology-academy')!;
    expect(academy.triggers.map((t) => [t.questionId, t.answer])).toEqual([
      ['skills-process-knowledge', 'high'],
      ['skills-data-science', 'some'],
    ]);
  });

  it('marks an initiative central only when a triggering barrier can be met centrally (relevance Stor)', () => {
    const local = assess(bank, { 'specialist-time': 'high' }).recommendations.find(
      (r) => r.id === 'innovation-management',
    );
    expect(local?.scope).toBe('local');
    const central = assess(bank, { 'resistance-to-change': 'high' }).recommendations.find(
      (r) => r.id === 'innovation-management',
    );
    expect(central?.scope).toBe('central');
    const lesson = assess(bank, { 'resistance-to-change': 'high' }).recommendations.find((r) => r.kind === 'lesson');
    expect(lesson?.scope).toBe('local');
  });
});
