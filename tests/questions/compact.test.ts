import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { bankLayout, compactAnswers, compactPrefix, readCompact, type CompactFile } from '../../questions/compact';
import { scaleOptions } from '../../questions/scales';
import { loadFixture } from '../fixtures';

const questions = bank.sections.flatMap((s) => s.questions);
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
      for (const option of options) {
        expect(roundTrip(fileOf({ [question.id]: option })).answers, `${question.id}=${option}`).toEqual({
          [question.id]: option,
        });
      }
    }
  });

  it('reads back into a file the import accepts, with the time saved to the second', () => {
    const fixture = loadFixture('large-region-rpa');
    const back = roundTrip({ ...fixture, answers: { ...fixture.answers, respondent: 'Økonomichef: drift/IT' } });
    expect(back.answers).toEqual({ ...fixture.answers, respondent: 'Økonomichef: drift/IT' });
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
    expect(readCompact(`${code.split(':').slice(0, 5).join(':')}:12x:a:b`, bank)).toEqual({
      ok: false,
      problem: 'not-parat',
    });
    expect(readCompact(`${code}:{broken`, bank)).toEqual({ ok: false, problem: 'not-parat' });
  });

  it('leaves a digit beyond a question’s options for the import to refuse', () => {
    const code = compactAnswers(fileOf({}), bank, { notes: false });
    const digits = code.split(':')[5]!;
    const broken = code.replace(`:${digits}:`, `:9${digits.slice(1)}:`);
    const read = readCompact(broken, bank);
    expect(read.ok && readAnswersFile(JSON.stringify(read.file), bank).ok).toBe(false);
  });
});
