import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { answersJsonSchema } from '../../questions/answers-json-schema';
import { approvalLimits, readApproval } from '../../questions/approval';
import { answersHash, approvalStatus } from '../../questions/documentation';
import { linkOf } from '../../questions/documentation';
import { evidenceLimits, readEvidence } from '../../questions/evidence';
import { ApprovalSchema, evidenceSchema } from '../../questions/record-schema';
import { loadFixture } from '../fixtures';

const region = loadFixture('large-region-rpa');
const read = (fields: Record<string, unknown>) => readAnswersFile(JSON.stringify({ ...region, ...fields }), bank);
const ids = new Set(bank.sections.flatMap((s) => s.questions.map((q) => q.id)));
const unsafe = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

describe('the approval and the evidence in the answers file', () => {
  it('keeps them as written, without a notice', () => {
    const approval = {
      name: 'Mette Jensen',
      role: 'Regionsdirektør',
      date: '2026-05-12',
      reservations: 'Under forudsætning af budget i 2027.\nHandling 3 flyttes.',
      answersHash: answersHash(region.answers),
    };
    const evidence = {
      'cyber-iso27001': [
        { ref: 'https://intra.region.dk/isms/politik.pdf', date: '2026-01-15', owner: 'CISO' },
        { ref: 'Sag 24/01234' },
      ],
    };
    const reading = read({ approval, evidence });
    expect(reading.ok && reading.file.approval).toEqual(approval);
    expect(reading.ok && reading.file.evidence).toEqual(evidence);
    expect(reading.ok && reading.recordNotices).toBeUndefined();
    expect(reading.ok && approvalStatus(reading.file.approval, reading.file.answers)).toBe('given');
  });

  it.each([['ja'], [['Mette']], [42], [null]])(
    'keeps the answers of a file whose approval is %j, and says so',
    (approval) => {
      const reading = read({ approval });
      expect(reading.ok && reading.file.answers).toEqual(region.answers);
      expect(reading.ok && reading.file.approval).toBeUndefined();
      expect(reading.ok && reading.recordNotices).toEqual([{ code: 'unreadable', part: 'approval' }]);
    },
  );

  it('reads an approval leniently and names each change', () => {
    const reading = read({
      approval: { name: 4711, role: { title: 'Direktør' }, date: 'efter mødet', reservations: 'x'.repeat(2500), by: 1 },
    });
    expect(reading.ok && reading.file.approval).toEqual({
      name: '4711',
      reservations: 'x'.repeat(approvalLimits.reservations),
    });
    expect(reading.ok && reading.recordNotices).toEqual([
      { code: 'wrong-type', field: 'name' },
      { code: 'wrong-type', field: 'role' },
      { code: 'odd-date', date: 'efter mødet' },
      { code: 'too-long', field: 'reservations' },
      { code: 'unknown-field', field: 'by' },
    ]);
  });

  it('reads day-first dates as the date they name', () => {
    expect(readApproval({ name: 'A', date: '12.5.2026' }).approval?.date).toBe('2026-05-12');
    expect(readEvidence({ 'cyber-iso27001': [{ ref: 'A', date: '31/12/2025' }] }, ids).evidence).toEqual({
      'cyber-iso27001': [{ ref: 'A', date: '2025-12-31' }],
    });
  });

  it('keeps evidence leniently: a lone reference, unknown questions, hundreds of references, script links', () => {
    const reading = read({
      evidence: {
        'cyber-iso27001': 'ISMS-politik',
        'no-such-question': [{ ref: 'A' }],
        'cyber-mature': Array.from({ length: 300 }, (_, i) => ({ ref: `Dok ${i}` })),
        'genai-guidelines': [{ ref: 'javascript:alert(1)' }, { ref: '  ' }, { ref: 'Sag', date: 'marts', owner: 7 }],
      },
    });
    expect(reading.ok && reading.file.evidence).toEqual({
      'cyber-iso27001': [{ ref: 'ISMS-politik' }],
      'cyber-mature': Array.from({ length: evidenceLimits.perQuestion }, (_, i) => ({ ref: `Dok ${i}` })),
      'genai-guidelines': [{ ref: 'javascript:alert(1)' }, { ref: 'Sag', owner: '7' }],
    });
    expect(reading.ok && reading.recordNotices).toEqual([
      { code: 'wrong-type', question: 'cyber-iso27001', field: 'list' },
      { code: 'unknown-question', question: 'no-such-question' },
      { code: 'too-many', question: 'cyber-mature', dropped: 280 },
      { code: 'unsafe-link', question: 'genai-guidelines', scheme: 'javascript' },
      { code: 'empty-reference', question: 'genai-guidelines' },
      { code: 'odd-date', question: 'genai-guidelines', date: 'marts' },
      { code: 'wrong-type', question: 'genai-guidelines', field: 'owner' },
    ]);
  });

  it('keeps the answers of a file whose evidence is no object, and says so', () => {
    const reading = read({ evidence: ['https://example.org'] });
    expect(reading.ok && reading.file.answers).toEqual(region.answers);
    expect(reading.ok && reading.recordNotices).toEqual([{ code: 'unreadable', part: 'evidence' }]);
  });

  it('makes a link only of a whole http: or https: address', () => {
    expect(linkOf('https://intra.region.dk/a b')).toBeUndefined();
    expect(linkOf('https://intra.region.dk/isms?x=1')).toBe('https://intra.region.dk/isms?x=1');
    expect(linkOf('HTTP://Example.org')).toBe('http://example.org/');
    for (const ref of [
      'javascript:alert(1)',
      'JaVaScRiPt://x',
      'data:text/html,<b>',
      'file:///c:/x',
      'Sag 24/1',
      'https:',
    ]) {
      expect(linkOf(ref)).toBeUndefined();
    }
  });

  it('marks an approval given before the answers last changed', () => {
    const approval = { name: 'Mette Jensen', answersHash: answersHash({ a: '1', b: '2' }) };
    expect(approvalStatus(approval, { b: '2', a: '1' })).toBe('given');
    expect(approvalStatus(approval, { a: '1', b: '3' })).toBe('stale');
    expect(approvalStatus({ role: 'Direktør' }, {})).toBe('none');
  });

  it('opens a version-4 file, which has neither, in this version', () => {
    const reading = readAnswersFile(JSON.stringify({ ...region, bankVersion: 4 }), bank);
    expect(reading.ok && reading.migratedFrom).toBe(4);
    expect(reading.ok && reading.file.answers).toEqual(region.answers);
  });

  it('describes both in the JSON Schema', () => {
    const schema = JSON.parse(answersJsonSchema(bank)) as { properties: Record<string, unknown> };
    expect(JSON.stringify(schema.properties.approval)).toContain('"reservations"');
    expect(JSON.stringify(schema.properties.evidence)).toContain('"cyber-iso27001"');
  });
});

describe('whatever a file holds', () => {
  const hostile = fc.oneof(
    fc.string(),
    fc.string({ minLength: 450, maxLength: 2600 }),
    fc.constantFrom('\u001b[2J', '\u202eevil\u202c', 'javascript:alert(1)', '<img src=x onerror=alert(1)>', '\ud800x'),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.jsonValue({ maxDepth: 2 }),
  );
  const date = fc.oneof(hostile, fc.constantFrom('2026-02-30', '1.2.2027', '2026-12-31'));
  const approval = fc.oneof(
    hostile,
    fc.record(
      { name: hostile, role: hostile, date, reservations: hostile, answersHash: hostile },
      { requiredKeys: [] },
    ),
  );
  const ref = fc.oneof(
    hostile,
    fc.record({ ref: hostile, date, owner: hostile, extra: hostile }, { requiredKeys: [] }),
  );
  const question = fc.oneof(fc.constantFrom(...ids), fc.string());
  const evidence = fc.oneof(
    hostile,
    fc.dictionary(question, fc.oneof(ref, fc.array(ref, { maxLength: 25 })), { maxKeys: 6 }),
  );

  it('keeps only an approval and evidence the JSON Schema accepts, with every text inert', () => {
    const schema = evidenceSchema(bank);
    fc.assert(
      fc.property(approval, evidence, (rawApproval, rawEvidence) => {
        const kept = readApproval(rawApproval).approval;
        if (kept) expect(ApprovalSchema.safeParse(kept).success).toBe(true);
        const refs = readEvidence(rawEvidence, ids).evidence;
        if (refs) expect(schema.safeParse(refs).success).toBe(true);
        const texts = [
          kept?.name,
          kept?.role,
          ...Object.values(refs ?? {})
            .flat()
            .flatMap((r) => [r.ref, r.owner]),
        ];
        for (const text of texts.filter((t): t is string => t !== undefined)) {
          expect(text).not.toMatch(unsafe);
          expect(text).not.toMatch(/\p{Cs}/u);
          const link = linkOf(text);
          if (link) expect(new URL(link).protocol).toMatch(/^https?:$/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is read with the file’s answers kept, whatever its approval and evidence hold', () => {
    fc.assert(
      fc.property(approval, evidence, (rawApproval, rawEvidence) => {
        const reading = read({ approval: rawApproval, evidence: rawEvidence });
        expect(reading.ok && reading.file.answers).toEqual(region.answers);
      }),
      { numRuns: 200 },
    );
  });
});
