import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { answersProblemCodes, readAnswersFile } from '../../questions/answers';
import { refusal } from '../../src/cli/read-input';
import { createTranslator } from '../../src/i18n';
import { loadFixture } from '../fixtures';

const translators = [createTranslator('da'), createTranslator('en')];
const ids = bank.sections.flatMap((s) => s.questions.map((q) => q.id));
const real = loadFixture('large-region-rpa');

// Text with what hostile files carry: control characters, bidi overrides, quotes, markup, formula starts.
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('\u001b[2J', '\u202eevil', '<script>', '=1+1', '"', '\\', '\u0000', '{{file}}', '__proto__'),
);
const deep = fc.nat(6000).map((depth) => {
  const d = Math.min(depth, 3000);
  return JSON.parse(`${'['.repeat(d)}0${']'.repeat(d)}`) as unknown;
});
const value = fc.oneof(
  { arbitrary: fc.jsonValue(), weight: 4 },
  { arbitrary: hostileText, weight: 4 },
  { arbitrary: deep, weight: 1 },
  { arbitrary: fc.constantFrom('high', 'some', 'region', 'dont-know'), weight: 4 },
);
const key = fc.oneof(fc.constantFrom(...ids), hostileText);
const entries = fc.oneof(fc.dictionary(key, value, { maxKeys: 8 }), value);

/** Files near a real one: each field kept, dropped or replaced, sometimes with a field the format lacks. */
const nearFile = fc
  .record({
    format: fc.oneof(fc.constant('parat-answers'), value),
    bankVersion: fc.oneof(fc.constant(1), fc.integer({ min: -2, max: 4 }), value),
    savedAt: fc.oneof(fc.constant(real.savedAt), hostileText, value),
    answers: fc.oneof(
      fc.constant(real.answers),
      entries,
      fc.tuple(fc.constantFrom(...ids), value).map(([id, v]) => ({ ...real.answers, [id]: v })),
    ),
    notes: fc.oneof(fc.constant(real.notes ?? {}), entries),
    targets: entries,
    extra: value,
  })
  .chain((file) =>
    fc
      .subarray(Object.keys(file))
      .map((keep) => Object.fromEntries(keep.map((k) => [k, file[k as keyof typeof file]]))),
  )
  .map((file) => JSON.stringify(file));

/** Text that is damaged rather than different: cut short, prefixed with a BOM, or not JSON at all. */
const damagedText = fc.oneof(
  fc.tuple(nearFile, fc.nat()).map(([text, cut]) => text.slice(0, cut % (text.length + 1))),
  nearFile.map((text) => `\uFEFF${text}`),
  fc.string(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);

describe('any answers file, however hostile', () => {
  it('is read or refused with a reason, never with an error, in both languages (10,000 generated files)', () => {
    const refusedCodes = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(nearFile, damagedText), (text) => {
        const reading = readAnswersFile(text, bank);
        if (reading.ok) return;
        expect(answersProblemCodes).toContain(reading.problem.code);
        refusedCodes.add(reading.problem.code);
        for (const t of translators) {
          const line = refusal(reading.problem, 'svar.json', t);
          expect(line).toMatch(/^svar\.json /);
          expect(line).not.toMatch(/undefined|[\p{Cc}\u202a-\u202e]/u);
        }
      }),
      { numRuns: 10_000, seed: 20261123 },
    );
    // The generator reaches every reason a file can be refused for, not only the easy ones.
    expect([...refusedCodes].sort()).toEqual([...answersProblemCodes].sort());
  }, 60_000);
});
