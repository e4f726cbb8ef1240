import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { bank } from '../../questions';
import { readAnswersFile } from '../../questions/answers';
import { migrationNotes } from '../../questions/migration-notes';
import { migrations, type Migration } from '../../questions/migrations';

// A bank history the app may one day have, to show that a file of any older version arrives as a current one:
// version 1 spelled the sector option "kommune", and version 2 had a question that version 3 withdrew.
const laterBank = { ...bank, version: 3 };
const history: Migration[] = [
  {
    from: 2,
    // The question "cloud-strategy" is withdrawn; its answer and note are dropped.
    migrate: (file) => {
      const answers = { ...file.answers };
      delete answers['cloud-strategy'];
      return { ...file, answers };
    },
  },
  {
    from: 1,
    // The sector option "kommune" is now "municipality".
    migrate: (file) => {
      const answers = { ...file.answers };
      if (answers.sector === 'kommune') answers.sector = 'municipality';
      return { ...file, answers };
    },
  },
];
const fileOf = (bankVersion: unknown, answers: Record<string, unknown>) =>
  JSON.stringify({ format: 'parat-answers', bankVersion, answers, notes: { sector: 'Vi er en kommune' } });

describe('answers files from older bank versions', () => {
  it('are brought up to the current version step by step, keeping every answer and note that still applies', () => {
    const reading = readAnswersFile(
      fileOf(1, { sector: 'kommune', 'cloud-strategy': 'high', 'stage-rpa': 'pilot' }),
      laterBank,
      history,
    );
    expect(reading).toEqual({
      ok: true,
      migratedFrom: 1,
      file: {
        format: 'parat-answers',
        bankVersion: 3,
        answers: { sector: 'municipality', 'stage-rpa': 'pilot' },
        notes: { sector: 'Vi er en kommune' },
      },
    });
  });

  it('take only the steps after their own version', () => {
    const reading = readAnswersFile(fileOf(2, { sector: 'region', 'cloud-strategy': 'low' }), laterBank, history);
    expect(reading.ok && reading.migratedFrom).toBe(2);
    expect(reading.ok && reading.file.answers).toEqual({ sector: 'region' });
  });

  it('are still checked against the current bank after migrating', () => {
    const reading = readAnswersFile(fileOf(1, { sector: 'kommune', size: 'enorm' }), laterBank, history);
    expect(reading).toEqual({ ok: false, problem: { code: 'invalid-value', id: 'size' } });
  });

  it('are refused, not half-read, when a step is missing or fails', () => {
    const withoutFirstStep = history.filter((step) => step.from !== 1);
    expect(readAnswersFile(fileOf(1, { sector: 'kommune' }), laterBank, withoutFirstStep)).toEqual({
      ok: false,
      problem: { code: 'unknown-version', version: '1' },
    });
    const throwing: Migration[] = [
      ...history,
      {
        from: 0,
        // A step that cannot read the file.
        migrate: () => {
          throw new Error('broken');
        },
      },
    ];
    expect(readAnswersFile(fileOf(0, {}), laterBank, throwing)).toEqual({
      ok: false,
      problem: { code: 'unknown-version', version: '0' },
    });
  });

  it('are refused before any step when their answers or notes are not objects', () => {
    const steps = history.map((step) => ({ ...step, migrate: vi.fn(step.migrate) }));
    for (const [field, value] of [
      ['answers', null],
      ['notes', ['a']],
      ['targets', 'high'],
    ] as const) {
      const text = JSON.stringify({ format: 'parat-answers', bankVersion: 1, answers: {}, [field]: value });
      expect(readAnswersFile(text, laterBank, steps)).toEqual({ ok: false, problem: { code: 'invalid-field', field } });
    }
    expect(steps.every((step) => step.migrate.mock.calls.length === 0)).toBe(true);
  });

  it('of the current version are read as they are, and the app has a step from every older version', () => {
    const reading = readAnswersFile(fileOf(bank.version, { sector: 'state' }), bank);
    expect(reading.ok && 'migratedFrom' in reading).toBe(false);
    const versions = Array.from({ length: bank.version - 1 }, (_, i) => i + 1);
    expect(versions.filter((from) => !migrations.some((step) => step.from === from))).toEqual([]);
    expect(migrations.every((step) => step.from >= 1 && step.from < bank.version)).toBe(true);
    expect(migrations.filter((step) => !migrationNotes[step.from]?.trim())).toEqual([]);
  });
});

describe('bank version 1 files', () => {
  const v1 = readFileSync(join(import.meta.dirname, '../fixtures/v1/large-region-rpa.json'), 'utf8');

  it('open in the current version, without carrying an answer into a question that now asks something else', () => {
    const reading = readAnswersFile(v1, bank);
    const original = JSON.parse(v1) as { answers: Record<string, string>; notes: Record<string, string> };
    expect(reading.ok && reading.migratedFrom).toBe(1);
    const reworded = [
      'cross-organisational-development',
      'knowledge-sharing',
      'ml-data-quality',
      'nis2-competence-plan',
    ];
    expect(reading.ok && reading.reworded).toEqual(reworded.filter((id) => id in original.answers));
    for (const id of reworded) expect(reading.ok && reading.file.answers[id]).toBeUndefined();
    const kept = Object.fromEntries(Object.entries(original.answers).filter(([id]) => !reworded.includes(id)));
    expect(reading.ok && reading.file.answers).toEqual(kept);
    expect(reading.ok && reading.file.notes).toEqual(original.notes);
  });
});

describe('bank version 3 files', () => {
  const v3 = readFileSync(join(import.meta.dirname, '../fixtures/v3/state-agency-blockchain.json'), 'utf8');

  it('drop only the blockchain answer whose question now asks something else, and keep its note', () => {
    const reading = readAnswersFile(v3, bank);
    const original = JSON.parse(v3) as { answers: Record<string, string>; notes: Record<string, string> };
    expect(reading.ok && reading.migratedFrom).toBe(3);
    expect(reading.ok && reading.reworded).toEqual(['blockchain-legal-model']);
    const { 'blockchain-legal-model': dropped, ...kept } = original.answers;
    expect(dropped).toBe('high');
    expect(reading.ok && reading.file.answers).toEqual(kept);
    expect(reading.ok && reading.file.notes).toEqual(original.notes);
  });
});
