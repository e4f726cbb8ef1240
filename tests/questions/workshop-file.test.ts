import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bank } from '../../questions';
import { readWorkshopFile, type WorkshopFile } from '../../questions/workshop-file';
import { workshopFileSchema, workshopJsonSchema } from '../../questions/workshop-schema';
import { loadFixture } from '../fixtures';

const region = loadFixture('large-region-rpa');
const small = loadFixture('small-municipality-starting');

const workshop = (extra: Partial<WorkshopFile> = {}): WorkshopFile => ({
  format: 'parat-workshop',
  version: 1,
  bankVersion: bank.version,
  savedAt: '2026-12-06T10:00:00.000Z',
  id: 'w-bakkedal',
  name: 'Bakkedal Kommune',
  date: '2026-12-06',
  facilitator: 'Mette Holm',
  participants: [
    { key: 'a', name: 'Anna', named: true, role: 'ledelse', file: region },
    { key: 'b', name: 'Region Østerhavn', file: small },
  ],
  decisions: {
    'rpa-unstable-operation': { answer: 'some', note: 'Driften er stabil nu' },
    'resistance-to-change': { answer: 'disagree' },
  },
  plan: { 'own-1': { title: 'Fælles robotdrift', areas: [], status: 'not-started', responsible: 'IT' } },
  ...extra,
});
const read = (data: unknown) => readWorkshopFile(JSON.stringify(data), bank);

describe('the workshop file', () => {
  it('reads back what Parat writes, unchanged and without notices, and the schema accepts it', () => {
    const written = workshop();
    expect(workshopFileSchema(bank).safeParse(written).success).toBe(true);
    expect(read(written)).toEqual({ ok: true, file: written, notices: [] });
  });

  it('takes the participants list an earlier Parat kept in the browser as a workshop with those participants', () => {
    const legacy = { version: 1, participants: [{ key: '17-0', name: 'IT-chef', file: region }] };
    const reading = read(legacy);
    expect(reading.ok && reading.file).toEqual({
      format: 'parat-workshop',
      version: 1,
      bankVersion: bank.version,
      id: '',
      name: '',
      participants: [{ key: '17-0', name: 'IT-chef', file: region }],
      decisions: {},
      plan: {},
    });
  });

  it('refuses what is no workshop, and one from a newer Parat, with the reason', () => {
    expect(readWorkshopFile('{"format":', bank)).toEqual({ ok: false, problem: { code: 'not-json' } });
    expect(read(region)).toEqual({ ok: false, problem: { code: 'wrong-format' } });
    expect(read(workshop({ version: 2 }))).toEqual({ ok: false, problem: { code: 'newer-version', version: 2 } });
    expect(read(workshop({ bankVersion: bank.version + 1 }))).toEqual({
      ok: false,
      problem: { code: 'newer-version', version: bank.version + 1 },
    });
    expect(read({ ...workshop(), participants: 'alle' })).toEqual({
      ok: false,
      problem: { code: 'invalid-field', field: 'participants' },
    });
  });

  it('leaves out a participant whose answers cannot be read, naming which one and why, and keeps the others', () => {
    const broken = { key: 'x', name: 'Bo', file: { ...region, answers: { 'no-such-question': 'high' } } };
    const reading = read({ ...workshop(), participants: [workshop().participants[0], broken] });
    expect(reading.ok && reading.file.participants.map((p) => p.name)).toEqual(['Anna']);
    expect(reading.ok && reading.notices).toEqual([{ code: 'participant-refused', number: 2, problem: 'unknown-ids' }]);
  });

  it('drops a decision on a question not in the bank, or one reworded since, and keeps the note of an odd answer', () => {
    const reading = read({
      ...workshop({ bankVersion: 3 }),
      decisions: {
        'cloud-strategy': { answer: 'high' },
        'blockchain-legal-model': { answer: 'low' },
        'rpa-unstable-operation': { answer: 'maybe', note: 'Vi talte længe' },
        'organisation-name': { answer: 'high' },
      },
    });
    expect(reading.ok && reading.file.decisions).toEqual({ 'rpa-unstable-operation': { note: 'Vi talte længe' } });
    expect(reading.ok && reading.notices).toEqual([
      { code: 'decision-unknown-question', question: 'cloud-strategy' },
      { code: 'decision-reworded', question: 'blockchain-legal-model' },
      { code: 'decision-unknown-answer', question: 'rpa-unstable-operation', answer: 'maybe' },
      { code: 'decision-unknown-question', question: 'organisation-name' },
    ]);
  });

  it('names each other change it makes: a field it does not know, a date that is none, a name too long, a key used twice', () => {
    const [anna] = workshop().participants;
    const reading = read({
      ...workshop(),
      colour: 'blå',
      date: '31.02.2026',
      name: 'B'.repeat(400),
      participants: [anna, anna],
    });
    expect(reading.ok && reading.file.name).toHaveLength(300);
    expect(reading.ok && reading.file.date).toBeUndefined();
    expect(reading.ok && reading.file.participants.map((p) => p.key)).toEqual(['a', 'a-2']);
    expect(reading.ok && reading.notices).toEqual([
      { code: 'unknown-field', field: 'colour' },
      { code: 'odd-date', date: '31.02.2026' },
      { code: 'too-long', field: 'name' },
      { code: 'participant-key', number: 2 },
    ]);
  });

  it('never throws, whatever a hostile or damaged file holds', () => {
    const base = workshop();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.dictionary(fc.string(), fc.jsonValue()).map((d) => JSON.stringify({ ...base, ...d })),
          fc.array(fc.jsonValue()).map((p) => JSON.stringify({ ...base, participants: p })),
          fc.jsonValue().map((d) => JSON.stringify({ ...base, decisions: d })),
        ),
        (text) => {
          expect(() => readWorkshopFile(text, bank)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
    expect(readWorkshopFile('['.repeat(100_000), bank).ok).toBe(false);
  });

  it('describes the file with the committed JSON Schema, generated from the zod schema', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../questions/workshop.schema.json'), 'utf8');
    expect(committed, 'run `npm run schema` after changing the bank').toBe(workshopJsonSchema(bank));
  });
});
