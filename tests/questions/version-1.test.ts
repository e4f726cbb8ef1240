import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStored } from '../../src/state/open-workshop';
import { bankVersion } from '../../questions';
import { readShareFragment, shareFragment } from '../../src/features/transfer/share-link';
import { readSaved } from '../../src/state/storage';
import { MemoryStorage } from '../components/render';

const v1 = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/v1/large-region-rpa.json'), 'utf8')) as {
  bankVersion: number;
  answers: Record<string, string>;
};
const reworded = ['cross-organisational-development', 'knowledge-sharing', 'ml-data-quality', 'nis2-competence-plan'];
const kept = Object.fromEntries(Object.entries(v1.answers).filter(([id]) => !reworded.includes(id)));

describe('a version-1 answers file opens in the current version wherever it arrives', () => {
  it('as the app’s own saved work', () => {
    const saved = readSaved(JSON.stringify({ storageVersion: 1, route: '#/check', file: v1 }));
    expect(saved.kind === 'loaded' && saved.saved.file).toMatchObject({ bankVersion, answers: kept });
  });

  it('as a share link', async () => {
    const incoming = await readShareFragment(await shareFragment(v1 as never));
    expect(incoming.ok && incoming.preview).toMatchObject({ migratedFrom: 1, reworded });
    expect(incoming.ok && incoming.file.answers).toEqual(kept);
  });

  it('as a saved workshop participant', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      'parat-workshop',
      JSON.stringify({ version: 1, participants: [{ key: 'a', name: 'Anna', file: v1 }] }),
    );
    // The list an earlier Parat kept becomes a workshop, its participants read as imported files are.
    const loaded = openStored(storage, '2026-12-06');
    expect(loaded.file.participants.map((p) => [p.name, p.file.bankVersion, p.file.answers])).toEqual([
      ['Anna', bankVersion, kept],
    ]);
    expect(loaded.unreadable).toBeUndefined();
  });
});
