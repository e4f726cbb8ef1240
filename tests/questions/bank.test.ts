import { describe, expect, it } from 'vitest';
import { bank, bankVersion, technologies } from '../../questions';
import { parseBank } from '../../questions/parse-bank';
import { integrityProblems } from '../../questions/integrity';
import { nationalContext, nationalContextProblems } from '../../questions/national-context';
import { parseNationalContext } from '../../questions/national-context-schema';

const questions = bank.sections.flatMap((s) => s.questions);

describe('question bank', () => {
  it('uses each question id, section id and recommendation id once', () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    expect(new Set(bank.sections.map((s) => s.id)).size).toBe(bank.sections.length);
    expect(new Set(bank.recommendations.map((r) => r.id)).size).toBe(bank.recommendations.length);
    expect(integrityProblems(bank)).toEqual([]);
  });

  it('is a bank its schema and cross-references accept, as shipped', () => {
    expect(parseBank(bank)).toEqual(bank);
  });

  it('carries the one bank version', () => {
    expect(bank.version).toBe(bankVersion);
  });

  it('asks the profile first: name, unit, who answers, sector, size, and the stage of each technology', () => {
    const profile = bank.sections[0]!;
    expect(profile.kind).toBe('profile');
    expect(profile.questions.map((q) => q.id)).toEqual([
      'organisation-name',
      'unit',
      'respondent',
      'sector',
      'size',
      ...technologies.map((t) => `stage-${t}`),
    ]);
    expect(profile.questions.find((q) => q.id === 'sector')).toMatchObject({
      options: ['municipality', 'region', 'state', 'education'],
    });
  });

  it('has the seven barrier categories in the report order', () => {
    expect(bank.sections.filter((s) => s.kind === 'barrier-category').map((s) => s.category)).toEqual([
      'K',
      'R',
      'J',
      'P',
      'F',
      'V',
      'A',
    ]);
  });

  it('shows conditional questions only on earlier choice questions with real options', () => {
    const seen = new Map<string, (typeof questions)[number]>();
    for (const q of questions) {
      if (q.showIf) {
        const target = seen.get(q.showIf.question);
        expect(target?.type, q.id).toBe('choice');
        if (target?.type === 'choice') expect(target.options).toEqual(expect.arrayContaining(q.showIf.anyOf));
      }
      seen.set(q.id, q);
    }
  });

  it('cites a source line for every question and recommendation, but for the four fields of Parat’s own', () => {
    for (const item of [...questions, ...bank.recommendations, ...bank.sections]) {
      if (item.source.report === 'parat') {
        expect(['organisation-name', 'unit', 'respondent', 'size'], item.id).toContain(item.id);
        continue;
      }
      expect(item.source.line, item.id).toBeGreaterThan(0);
      expect(item.source.section.length, item.id).toBeGreaterThan(0);
    }
  });

  it('refuses a broken bank at load, naming every problem at once', () => {
    const broken = structuredClone(bank);
    const barriers = broken.sections[1]!;
    barriers.questions.push({ ...barriers.questions[0]! });
    broken.recommendations[0]!.codes.push('T-B9');
    broken.sections[8]!.questions[0]!.showIf = { question: 'no-such-question', anyOf: ['pilot'] };
    expect(() => parseBank(broken)).toThrowError(/used twice[\s\S]*no earlier choice question[\s\S]*T-B9/);
    expect(() => parseBank({ ...bank, version: 0 })).toThrowError(/version/);
  });

  it('sets each national figure on a scored step, beside barriers that step asks', () => {
    expect(parseNationalContext(nationalContext, bank)).toEqual(nationalContext);
    const [figure] = nationalContext;
    expect(() => parseNationalContext([{ ...figure, high: 101 }], bank)).toThrowError(/high/);
    expect(() => parseNationalContext([{ ...figure, set: 'cost-efforts', notAtAll: 50 }], bank)).toThrowError(
      /bands cannot exceed/,
    );
    const [first, second] = nationalContext;
    const broken = [
      first!,
      { ...first! },
      { ...second!, section: 'profile' },
      { ...second!, id: 'elsewhere', section: 'barriers-legal', codes: ['K1'] },
    ];
    expect(nationalContextProblems(broken, bank)).toEqual([
      `national figure "${first!.id}" is used twice`,
      `national figure "${second!.id}" is shown on "profile", which is no scored section`,
      'national figure "elsewhere" speaks to K1, not asked on its step',
    ]);
  });
});
