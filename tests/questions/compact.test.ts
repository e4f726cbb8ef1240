import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import {
  bankLayout,
  compactAnswers,
  compactPrefix,
  compactProblems,
  readCompact,
  type CompactFile,
} from '../../questions/compact';
import { scaleOptions } from '../../questions/scales';
import { createTranslator } from '../../src/i18n';
import { loadFixture } from '../fixtures';

const questions = bank.sections.flatMap((s) => s.questions);
const choiceCount = questions.filter((q) => q.type !== 'text').length;
const fileOf = (answers: Record<string, string>, extra: Partial<CompactFile> = {}): CompactFile => ({
  format: 'parat-answers',
  bankVersion: bank.version,
  savedAt: '2026-11-23T09:15:42.000Z',
  answers,
  ...extra,
});
const roundTrip = (file: CompactFile, notes = false) => {
  const read = readCompact(compactAnswers(file, bank, { notes }), bank);
  if (!read.ok) throw new Error(read.problem);
  return read.file;
};

describe('answers as a QR code’s text', () => {
  it('carries every option of every question there and back', () => {
    for (const question of questions) {
      const options =
        question.type === 'scale' ? scaleOptions : question.type === 'choice' ? question.options : ['Ærø: IT-chef ✓'];
      expect(options.length, question.id).toBeLessThanOrEqual(9);
      // A code with no answer to a choice is refused (below): the texts travel with one.
      const answered: Record<string, string> = question.type === 'text' ? { sector: 'region' } : {};
      for (const option of options) {
        expect(roundTrip(fileOf({ ...answered, [question.id]: option })).answers, `${question.id}=${option}`).toEqual({
          ...answered,
          [question.id]: option,
        });
      }
    }
  });

  it('reads back into a file the import accepts, with who answered, the unit and the time saved to the second', () => {
    const fixture = loadFixture('large-region-rpa');
    const named = { ...fixture.answers, respondent: 'Økonomichef: drift/IT', unit: 'Teknik og Miljø' };
    const back = roundTrip({ ...fixture, answers: named });
    expect(back.answers).toEqual(named);
    expect(back.savedAt).toBe(new Date(fixture.savedAt!).toISOString());
    const reading = readAnswersFile(JSON.stringify(back), bank);
    expect(reading.ok).toBe(true);
  });

  it('fits a typical participant in one scannable code, and carries the notes only when asked', () => {
    const typical = loadFixture('large-region-rpa');
    const code = compactAnswers({ ...typical, answers: { ...typical.answers, respondent: 'IT-chef' } }, bank, {
      notes: false,
    });
    // About a tenth of the file: one digit per question.
    expect(code.length).toBeLessThan(250);
    expect(code.length).toBeLessThan(JSON.stringify(typical).length / 5);
    const noted = fileOf(
      { 'skills-process-knowledge': 'high' },
      { notes: { 'skills-process-knowledge': 'Vi mangler folk: 3 stillinger' } },
    );
    expect(roundTrip(noted).notes).toBeUndefined();
    expect(roundTrip(noted, true).notes).toEqual(noted.notes);
  });

  it('makes a code of a name with half a character (a lone surrogate), as the replacement character', () => {
    const file = fileOf({ sector: 'region', 'organisation-name': 'Midtby \ud800', respondent: '\udc00IT-chef' });
    expect(roundTrip(file).answers).toEqual({
      sector: 'region',
      'organisation-name': 'Midtby \uFFFD',
      respondent: '\uFFFDIT-chef',
    });
  });

  it('refuses a code that is not Parat’s, or from a bank laid out otherwise, instead of misreading it', () => {
    expect(readCompact('https://example.org', bank)).toEqual({ ok: false, problem: 'not-parat' });
    const code = compactAnswers(fileOf({ sector: 'region' }), bank, { notes: false });
    expect(readCompact(code.replace(`:${bankLayout(bank)}:`, ':abc:'), bank)).toEqual({
      ok: false,
      problem: 'other-bank',
    });
    expect(readCompact(code.replace(`${compactPrefix}${bank.version}:`, `${compactPrefix}99:`), bank)).toEqual({
      ok: false,
      problem: 'other-bank',
    });
    const reordered = { ...bank, sections: [...bank.sections].reverse() };
    expect(readCompact(code, reordered)).toEqual({ ok: false, problem: 'other-bank' });
    expect(readCompact(code.split(':').slice(0, 6).join(':'), bank)).toEqual({ ok: false, problem: 'not-parat' });
  });

  it('refuses a code of this bank with a field no Parat writes, naming the field, instead of throwing', () => {
    const digits = `1${'0'.repeat(choiceCount - 1)}`;
    const code = (saved: string, answers = digits, names = 'Midtby:IT-chef:', notes = '') =>
      `${compactPrefix}${bank.version}:${bankLayout(bank)}:${saved}:${answers}:${names}${notes}`;
    const problem = (text: string) => {
      const read = readCompact(text, bank);
      return read.ok ? 'read' : read.problem;
    };
    expect(problem(code('mhsy0u'))).toBe('read');
    // The reported code: a time of 36^12 seconds, which no date can hold.
    expect(problem(code('zzzzzzzzzzzz'))).toBe('bad-time');
    for (const saved of ['1-2', 'MHSY0U', ' 1', '1.5', 'zzzzzzzzz'])
      expect(problem(code(saved)), saved).toBe('bad-time');
    expect(problem(code('mhsy0u', `${digits}0`))).toBe('bad-answers');
    expect(problem(code('mhsy0u', `12x${digits.slice(3)}`))).toBe('bad-answers');
    expect(problem(code('mhsy0u', digits, '%E0%A4%A:IT-chef:'))).toBe('bad-name');
    expect(problem(code('mhsy0u', digits, 'Midtby:100%:'))).toBe('bad-name');
    expect(problem(code('mhsy0u', digits, 'Midtby:IT-chef:100%'))).toBe('bad-name');
    expect(problem(code('mhsy0u', digits, 'Midtby:IT-chef:', ':{broken'))).toBe('bad-notes');
    expect(problem(code('mhsy0u', digits, 'Midtby:IT-chef:', ':[1,2]'))).toBe('bad-notes');
  });

  it('refuses a code with no answers, named or not, instead of adding a participant who said nothing', () => {
    const none = '0'.repeat(choiceCount);
    const code = (names: string) => `${compactPrefix}${bank.version}:${bankLayout(bank)}:mhsy0u:${none}:${names}`;
    expect(readCompact(code('::'), bank)).toEqual({ ok: false, problem: 'no-answers' });
    expect(readCompact(code('Midtby:IT-chef:'), bank)).toEqual({ ok: false, problem: 'no-answers' });
    expect(readCompact(compactAnswers(fileOf({}), bank, { notes: false }), bank)).toEqual({
      ok: false,
      problem: 'no-answers',
    });
  });

  it('leaves a digit beyond a question’s options for the import to refuse', () => {
    const code = compactAnswers(fileOf({}), bank, { notes: false });
    const digits = code.split(':')[5]!;
    const broken = code.replace(`:${digits}:`, `:9${digits.slice(1)}:`);
    const read = readCompact(broken, bank);
    expect(read.ok && readAnswersFile(JSON.stringify(read.file), bank).ok).toBe(false);
  });

  it('never throws on a code crafted field by field, and gives every refusal a reason in both languages', () => {
    const da = createTranslator('da');
    const en = createTranslator('en');
    const either = <T>(...arbitraries: fc.Arbitrary<T>[]) => fc.oneof(...arbitraries);
    const base36 = fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz-'), maxLength: 14 });
    const digit = fc.constantFrom(...'0123456789');
    const name = either(fc.string().map(encodeURIComponent), fc.string(), fc.constantFrom('%', '%E0%A4%A', '%ud800'));
    const field = {
      prefix: either(fc.constant(compactPrefix), fc.constantFrom('PARAT:2:', 'parat:1:', ''), fc.string()),
      version: either(fc.constant(String(bank.version)), fc.string({ maxLength: 3 })),
      layout: either(fc.constant(bankLayout(bank)), fc.string({ maxLength: 8 })),
      saved: either(
        base36,
        fc.integer().map((n) => n.toString(36)),
        fc.string(),
      ),
      digits: either(
        fc.string({ unit: digit, minLength: choiceCount, maxLength: choiceCount }),
        fc.string({ unit: digit, maxLength: choiceCount + 2 }),
        fc.string({ maxLength: choiceCount + 2 }),
      ),
      organisation: name,
      respondent: name,
      unit: name,
      notes: fc.option(
        either(
          fc.dictionary(fc.constantFrom(...questions.map((q) => q.id)), fc.string()).map((n) => JSON.stringify(n)),
          fc.json(),
          fc.string(),
        ),
      ),
    };
    fc.assert(
      fc.property(fc.record(field), (f) => {
        const text =
          f.prefix +
          [
            f.version,
            f.layout,
            f.saved,
            f.digits,
            f.organisation,
            f.respondent,
            f.unit,
            ...(f.notes === null ? [] : [f.notes]),
          ].join(':');
        const read = readCompact(text, bank);
        if (!read.ok) {
          expect(compactProblems).toContain(read.problem);
          for (const t of [da, en]) expect(t(`workshop:scan.problems.${read.problem}`)).not.toMatch(/problems/);
          return;
        }
        // What is read goes on to the import, as a file does: its time is one the file's format can hold.
        const timeOnly = {
          format: 'parat-answers',
          bankVersion: bank.version,
          savedAt: read.file.savedAt,
          answers: {},
        };
        expect(readAnswersFile(JSON.stringify(timeOnly), bank).ok).toBe(true);
        expect(() => readAnswersFile(JSON.stringify(read.file), bank)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});
