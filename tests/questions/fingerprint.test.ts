import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readAnswersFile, type AnswersFile } from '../../questions/answers';
import { canonicalJson } from '../../questions/fingerprint';
import { fileFingerprint } from '../../src/cli/fingerprint';
import { fingerprintOf } from '../../src/report/fingerprint';
import { regionWithPlan } from '../report/region-plan';

const read = (text: string): AnswersFile => {
  const reading = readAnswersFile(text, bank);
  if (!reading.ok) throw new Error(reading.problem.code);
  return reading.file;
};

describe('the fingerprint of an answers file', () => {
  it('is the SHA-256 of the content as canonical JSON, so anyone can recompute it', () => {
    const file = read(`{"format":"parat-answers","bankVersion":${bank.version},"answers":{"sector":"region"}}`);
    // As `printf '%s' '{"answers":{"sector":"region"},"bankVersion":4}' | sha256sum` prints it.
    const canonical = `{"answers":{"sector":"region"},"bankVersion":${bank.version}}`;
    expect(canonicalJson({ bankVersion: bank.version, answers: { sector: 'region' } })).toBe(canonical);
    expect(fileFingerprint(file)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('is the same for the same content, whatever the key order, the spacing and the time it was saved', () => {
    const file = regionWithPlan();
    // Every object's keys in reverse order, as another tool might write them.
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    const reordered = reversed(file);
    const spaced = read(
      JSON.stringify({ ...file, savedAt: '2030-01-01T00:00:00Z', notes: { ...file.notes, sector: '  ' } }, null, 4),
    );
    expect(fileFingerprint(read(JSON.stringify(reordered)))).toBe(fileFingerprint(file));
    expect(fileFingerprint(spaced)).toBe(fileFingerprint(file));
  });

  it('changes with any answer, note, target, plan action or piece of evidence', () => {
    const file = regionWithPlan();
    const base = fileFingerprint(file);
    const changed: AnswersFile[] = [
      { ...file, answers: { ...file.answers, 'cyber-mature': 'low' } },
      { ...file, notes: { ...file.notes, sector: 'Ny note' } },
      { ...file, targets: { ...file.targets, genai: 50 } },
      { ...file, plan: { ...file.plan, 'own-3': { title: 'Ny', areas: [], status: 'not-started' } } },
      { ...file, evidence: { sector: [{ ref: 'J.nr. 2026-1' }] } } as AnswersFile,
    ];
    const values = changed.map(fileFingerprint);
    expect(new Set([base, ...values]).size).toBe(changed.length + 1);
  });

  it('is made alike by WebCrypto in the page and by node:crypto from the file the page saves', async () => {
    const file = regionWithPlan();
    // The page's copy may hold a plan field of only spaces, which reading the saved file leaves out.
    const page = { ...file, plan: { ...file.plan, 'own-1': { ...file.plan!['own-1']!, responsible: '  ' } } };
    const saved = read(JSON.stringify(page));
    expect(await fingerprintOf(page, bank)).toBe(fileFingerprint(saved));
    expect(fileFingerprint(saved)).toMatch(/^[0-9a-f]{64}$/);
  });
});
