import { describe, expect, it } from 'vitest';
import type { AnswersFile } from '../../questions/answers';
import {
  collidingNames,
  isNamed,
  nameFromAnswers,
  repeatFinder,
  type Participant,
} from '../../src/features/workshop/participants';
import { emptyWorkshop, openWorkshop, saveWorkshop } from '../../src/state/workshops';
import { datedName, fileNamePart } from '../../src/state/download';
import { MemoryStorage } from '../components/render';
import { loadFixture } from '../fixtures';

const file = (answers: Record<string, string>, extra: Partial<AnswersFile> = {}): AnswersFile => ({
  ...loadFixture('large-region-rpa'),
  ...extra,
  answers: { ...loadFixture('large-region-rpa').answers, ...answers },
});
const participant = (key: string, name: string, answers: Record<string, string> = {}): Participant => ({
  key,
  name,
  file: file(answers),
});

describe('who answered, in a workshop', () => {
  it('names a participant after who answered, else the organisation, else the file', () => {
    expect(nameFromAnswers(file({ respondent: ' IT-chef ' }), 'a.json')).toBe('IT-chef');
    expect(nameFromAnswers(file({ respondent: '' }), 'a.json')).toBe('Region Østerhavn');
    expect(nameFromAnswers(file({ respondent: '', 'organisation-name': ' ' }), 'a.json')).toBe('a.json');
  });

  it('asks for a name only where nobody has said who answered', () => {
    expect(isNamed(participant('1', 'IT-chef', { respondent: 'IT-chef' }))).toBe(true);
    expect(isNamed(participant('2', 'Region Østerhavn'))).toBe(false);
    expect(isNamed({ ...participant('3', 'Anna'), named: true })).toBe(true);
    expect(isNamed({ ...participant('4', '  '), named: true })).toBe(false);
  });

  it('finds names that collide as people read them, case and spaces aside', () => {
    const names = collidingNames([
      participant('1', 'Midtby Kommune'),
      participant('2', 'midtby  kommune '),
      participant('3', 'IT-chef'),
    ]);
    expect([...names]).toEqual(['midtby kommune']);
  });

  it('recognises a file loaded twice, however its keys are ordered, but not a colleague with the same answers', () => {
    const first = participant('1', 'A');
    const reordered = JSON.parse(
      JSON.stringify({ ...first.file, answers: Object.fromEntries(Object.entries(first.file.answers).reverse()) }),
    ) as AnswersFile;
    expect(repeatFinder([first]).find(reordered)).toBe(first);
    // The same answers by QR code: saved to the second, without the notes.
    const saved = { ...first, file: { ...first.file, savedAt: '2026-11-20T13:05:00.420Z', notes: { K1: 'Svært' } } };
    expect(repeatFinder([saved]).find({ ...saved.file, notes: {}, savedAt: '2026-11-20T13:05:00Z' })).toBe(saved);
    const finder = repeatFinder([first]);
    const colleague = { ...first.file, savedAt: '2026-11-24T09:00:00.000Z' };
    expect(finder.find(colleague)).toBeUndefined();
    // Once added, the colleague is found too: two files in one batch are told apart from each other as well.
    finder.add({ key: '2', name: 'B', file: colleague });
    expect(finder.find(colleague)?.name).toBe('B');
  });

  it('counts ten participants as ten when three answer alike and save in the same second', () => {
    const alike = (key: string, savedAt: string) => ({ ...participant(key, ''), file: file({}, { savedAt }) });
    const others = Array.from({ length: 7 }, (_, i) =>
      participant(`o${i}`, '', {
        'task-volume': ['high', 'some', 'low', 'not-at-all', 'dont-know', 'high', 'low'][i]!,
        respondent: `P${i}`,
      }),
    );
    const room = [
      alike('a', '2026-12-06T10:15:07.120Z'),
      alike('b', '2026-12-06T10:15:07.480Z'),
      alike('c', '2026-12-06T10:15:07.905Z'),
      ...others,
    ];
    const finder = repeatFinder([]);
    const taken = room.filter((p) => {
      if (finder.find(p.file)) return false;
      finder.add(p);
      return true;
    });
    expect(taken).toHaveLength(10);
    // The same file seen again is still one participant, and so is its QR code (saved to the second).
    expect(finder.find(room[1]!.file)).toBe(room[1]);
    expect(finder.find({ ...room[2]!.file, savedAt: '2026-12-06T10:15:07.000Z' })).toBeDefined();
  });

  it('tells two people apart by who answered, even with the same answers at the same moment', () => {
    const at = { savedAt: '2026-12-06T10:15:07.120Z' };
    const anna = { ...participant('a', ''), file: file({ respondent: 'Anna' }, at) };
    expect(repeatFinder([anna]).find(file({ respondent: 'Bo' }, at))).toBeUndefined();
  });

  it('keeps a name given in the workshop, and a role, over a reload', () => {
    const storage = new MemoryStorage();
    saveWorkshop(storage, {
      ...emptyWorkshop('w-1'),
      participants: [
        { ...participant('1', 'Anna'), named: true, role: 'Ledelse' },
        participant('2', 'Region Østerhavn'),
      ],
    });
    const opened = openWorkshop(storage, 'w-1');
    const loaded = opened.kind === 'loaded' ? opened.file.participants : [];
    expect(loaded.map((p) => [p.name, isNamed(p), p.role])).toEqual([
      ['Anna', true, 'Ledelse'],
      ['Region Østerhavn', false, undefined],
    ]);
  });
});

describe('file names that say whose answers they hold', () => {
  it('spells Danish letters out and makes anything else a hyphen', () => {
    expect(fileNamePart('Midtby Kommune')).toBe('midtby-kommune');
    expect(fileNamePart('Lille Sønderå Kommune')).toBe('lille-soenderaa-kommune');
    expect(fileNamePart('IT-chef / Æbleø')).toBe('it-chef-aebleoe');
    expect(fileNamePart('Café Müller')).toBe('cafe-muller');
    expect(fileNamePart('../../etc/passwd\u0000<script>')).toBe('etc-passwd-script');
    expect(fileNamePart('✓✓✓')).toBe('');
    expect(fileNamePart('a'.repeat(200))).toHaveLength(40);
  });

  it('names the answers file after the organisation and who answered, leaving out what is not given', () => {
    const date = '2026-11-23T10:00:00.000Z';
    expect(datedName('parat-svar', 'json', date, ['Midtby Kommune', 'IT-chef'])).toBe(
      'parat-svar-midtby-kommune-it-chef-2026-11-23.json',
    );
    expect(datedName('parat-svar', 'json', date, ['', 'IT-chef'])).toBe('parat-svar-it-chef-2026-11-23.json');
    expect(datedName('parat-svar', 'json', date)).toBe('parat-svar-2026-11-23.json');
  });
});
