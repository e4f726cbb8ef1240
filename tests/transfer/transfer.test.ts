import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { assess } from '../../scoring';
import { answersCsv, resultsCsv } from '../../src/features/transfer/csv-export';
import { maxImportBytes, readIncoming } from '../../src/features/transfer/incoming';
import { findShareLinks, readShareFragment, shareFragment, sharePrefix } from '../../src/features/transfer/share-link';
import { createTranslator } from '../../src/i18n';
import { loadFixture } from '../fixtures';
import { bombFragment } from './bomb';

const da = createTranslator('da');
const hostile = fc.constantFrom(
  '<script>alert(1)</script>',
  '=HYPERLINK("http://example.com","klik")',
  '+45 1234',
  '@SUM(1)',
  '\u202Eevil',
  '\u0000\u0007',
  'x'.repeat(20_000),
);

describe('share links', () => {
  it('carry the answers, notes and plan through the URL fragment unchanged', async () => {
    const file = {
      ...loadFixture('state-agency-ml-legal'),
      notes: { sector: 'Æ ø å “citat” 🚀\nny linje' },
      plan: { 'own-1': { title: 'Juridisk afklaring', areas: ['barriers-legal'], status: 'in-progress' as const } },
    };
    const fragment = await shareFragment(file);
    expect(fragment.startsWith(sharePrefix)).toBe(true);
    expect(fragment).toMatch(/^#share=[A-Za-z0-9_-]+$/);
    const incoming = await readShareFragment(fragment);
    expect(incoming.ok && incoming.file).toEqual(file);
  });

  it('takes the name written just before a pasted link as the participant’s, and no sentence as a name', () => {
    const url = 'https://parat.example.dk/';
    const chat = [
      `Anna: ${url}#share=AAA1`,
      `[10:03] Bo Nielsen: her er mit ${url}#share=BBB2`,
      `Cai – <${url}#share=CCC3>.`,
      `${url}#share=DDD4`,
      `Her er linket til mine svar fra i går eftermiddag: ${url}#share=EEE5`,
      `Anna igen: ${url}#share=AAA1, Dorte: ${url}#share=FFF6`,
    ].join('\n');
    expect(findShareLinks(chat)).toEqual([
      { fragment: '#share=AAA1', name: 'Anna' },
      { fragment: '#share=BBB2', name: 'Bo Nielsen' },
      { fragment: '#share=CCC3', name: 'Cai' },
      { fragment: '#share=DDD4' },
      { fragment: '#share=EEE5' },
      { fragment: '#share=FFF6', name: 'Dorte' },
    ]);
  });

  it('refuses a damaged link as content that is not JSON', async () => {
    const fragment = await shareFragment(loadFixture('large-region-rpa'));
    for (const damaged of [fragment.slice(0, -12), `${sharePrefix}!!!`, sharePrefix]) {
      const incoming = await readShareFragment(damaged);
      expect(incoming.ok ? 'accepted' : incoming.problem.code).toBe('not-json');
    }
  });

  it('refuses a 1.3 MB link that would unfold into a gigabyte, as too large, in well under a second', async () => {
    // The reader must stop at the 5 MB a file may have, not inflate the gigabyte first.
    const fragment = bombFragment();
    expect(fragment.length).toBeGreaterThan(1_300_000);
    const started = performance.now();
    const incoming = await readShareFragment(fragment);
    expect(incoming.ok ? 'accepted' : incoming.problem.code).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('imported files', () => {
  it('shows what a file holds before anything is replaced', () => {
    const incoming = readIncoming(JSON.stringify(loadFixture('large-region-rpa')), 4000);
    expect(incoming.ok && incoming.preview).toEqual({
      organisation: 'Region Østerhavn',
      savedAt: '2026-11-20T14:05:00+01:00',
      answers: 94,
      notes: 1,
      actions: 0,
    });
    const withPlan = {
      ...loadFixture('large-region-rpa'),
      plan: { 'own-1': { title: 'A', areas: [], deadline: 'snart' } },
    };
    const planned = readIncoming(JSON.stringify(withPlan), 4000);
    expect(planned.ok && planned.preview).toMatchObject({
      actions: 1,
      planNotices: [{ code: 'odd-deadline', action: 'own-1', deadline: 'snart' }],
    });
  });

  it('refuses a file over 5 MB by its size', () => {
    expect(readIncoming('{}', maxImportBytes + 1)).toEqual({ ok: false, problem: { code: 'too-large' } });
  });

  it('never throws, whatever the file holds: random text, JSON, truncated files, wrong types, hostile strings', () => {
    const valid = JSON.stringify(loadFixture('small-municipality-starting'));
    const inputs = fc.oneof(
      fc.string(),
      fc.json(),
      fc.nat({ max: valid.length }).map((n) => valid.slice(0, n)),
      fc
        .record({ format: fc.constant('parat-answers'), bankVersion: fc.jsonValue(), answers: fc.jsonValue() })
        .map((o) => JSON.stringify(o)),
      fc
        .dictionary(
          fc.oneof(fc.constantFrom('sector', 'organisation-name', '__proto__', 'constructor'), hostile),
          fc.oneof(hostile, fc.jsonValue()),
        )
        .map((answers) => JSON.stringify({ format: 'parat-answers', bankVersion: 1, answers, notes: answers })),
    );
    fc.assert(
      fc.property(inputs, (text) => {
        const incoming = readIncoming(text, text.length);
        expect(typeof incoming.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});

describe('CSV for Danish Excel', () => {
  it('writes every shown answer and note, with formula prefixes neutralised', () => {
    const file = {
      ...loadFixture('small-municipality-starting'),
      notes: { sector: '=HYPERLINK("http://x")', 'task-volume': '-5 sager' },
    };
    const csv = answersCsv(bank, file, da);
    expect(csv.startsWith('\uFEFF"Afsnit";"Id";"Spørgsmål";"Svar";"Note"\r\n')).toBe(true);
    expect(csv).toContain('"sector";"Hvilken slags organisation er I?";"Kommune";"\'=HYPERLINK(""http://x"")"');
    expect(csv).toContain('"\'-5 sager"');
    expect(csv).toContain('"rpa-test-environments"');
    expect(csv).not.toContain('"drones-privacy"');
  });

  it('writes the scores with a decimal comma, then the ranked recommendations', () => {
    const result = assess(bank, loadFixture('state-agency-ml-legal').answers);
    const csv = resultsCsv(result, da);
    expect(csv).toContain('"Kompetencer";"Barrierekategori";55,6;3;3;0');
    expect(csv).toContain('"Juridiske afklaringer";"Barrierekategori";81;4;4;0');
    expect(csv).toContain(
      '3;"LF2.1 Løs principielle spørgsmål i foregangsprojekter, og pres på for statens medansvar";"Fællesoffentligt initiativ – brug det, eller arbejd for at få det"',
    );
  });
});
