import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { answersJsonSchema } from '../../questions/answers-json-schema';

const file = (body: object) => JSON.stringify({ format: 'parat-answers', bankVersion: bank.version, ...body });
const problemOf = (text: string) => {
  const reading = readAnswersFile(text, bank);
  return reading.ok ? undefined : reading.problem;
};

describe('reading an answers file', () => {
  it('accepts answers, notes and odd characters in free text', () => {
    const reading = readAnswersFile(
      file({
        answers: {
          'organisation-name': '<script>alert(1)</script> Ærø Kommune ≥ ✓ 🚀',
          'skills-data-science': 'dont-know',
        },
        notes: { 'skills-data-science': '=HYPERLINK("http://x")\nanden linje' },
        savedAt: '2026-11-20T14:05:00+01:00',
      }),
      bank,
    );
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(reading.file.answers['organisation-name']).toContain('<script>');
  });

  it('repairs half a character (a lone surrogate) in an answer or note, and names the question', () => {
    // As JSON can write it: \ud800 with no second half. encodeURIComponent and UTF-8 cannot carry it.
    const text = file({
      answers: { 'organisation-name': 'Midtby \ud800Kommune', respondent: 'IT-chef 🚀' },
      notes: { sector: 'ende\udc00' },
    });
    expect(text).toContain('\\ud800');
    const reading = readAnswersFile(text, bank);
    expect(reading.ok && reading.file.answers).toEqual({
      'organisation-name': 'Midtby \uFFFDKommune',
      respondent: 'IT-chef 🚀',
    });
    expect(reading.ok && reading.file.notes).toEqual({ sector: 'ende\uFFFD' });
    expect(reading.ok && reading.repaired).toEqual(['organisation-name', 'sector']);
    const whole = readAnswersFile(file({ answers: { respondent: 'IT-chef 🚀' } }), bank);
    expect(whole.ok && whole.repaired).toBeUndefined();
  });

  it.each([
    ['text that is not JSON', '{"format": "parat-answers", ', { code: 'not-json' }],
    ['JSON of another format', JSON.stringify({ format: 'something-else', answers: {} }), { code: 'wrong-format' }],
    ['a JSON array', '[1, 2, 3]', { code: 'wrong-format' }],
    ['no bank version', JSON.stringify({ format: 'parat-answers', answers: {} }), { code: 'missing-version' }],
    [
      'a newer bank version',
      file({ bankVersion: bank.version + 1, answers: {} }),
      { code: 'newer-version', version: bank.version + 1 },
    ],
    ['an unknown bank version', file({ bankVersion: '1', answers: {} }), { code: 'unknown-version', version: '"1"' }],
    [
      'answers to unknown questions',
      file({ answers: { 'no-such-question': 'high', sector: 'region' } }),
      { code: 'unknown-ids', ids: ['no-such-question'] },
    ],
    [
      'a prototype key',
      '{"format":"parat-answers","bankVersion":1,"answers":{"__proto__":{"x":1}}}',
      { code: 'unknown-ids', ids: ['__proto__'] },
    ],
    [
      'a note on an unknown question',
      file({ answers: {}, notes: { nope: 'x' } }),
      { code: 'unknown-ids', ids: ['nope'] },
    ],
    [
      'an option the question does not have',
      file({ answers: { sector: 'kommune' } }),
      { code: 'invalid-value', id: 'sector' },
    ],
    [
      'a number instead of an option',
      file({ answers: { 'cyber-mature': 3 } }),
      { code: 'invalid-value', id: 'cyber-mature' },
    ],
    [
      'a note that is too long',
      file({ answers: {}, notes: { sector: 'x'.repeat(10_001) } }),
      { code: 'invalid-value', id: 'sector' },
    ],
    ['a broken date', file({ answers: {}, savedAt: 'yesterday' }), { code: 'invalid-field', field: 'savedAt' }],
    ['answers that are not an object', file({ answers: 'all high' }), { code: 'invalid-field', field: 'answers' }],
  ])('refuses %s, naming the problem', (_, text, problem) => {
    expect(problemOf(text)).toEqual(problem);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((answers) => file({ answers })),
          fc.dictionary(fc.string(), fc.jsonValue()).map((answers) => file({ answers })),
        ),
        (text) => {
          expect(() => readAnswersFile(text, bank)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });

  it('describes the file with the committed JSON Schema, generated from the zod schema', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../questions/answers.schema.json'), 'utf8');
    expect(committed, 'run `npm run schema` after changing the bank').toBe(answersJsonSchema(bank));
  });
});
